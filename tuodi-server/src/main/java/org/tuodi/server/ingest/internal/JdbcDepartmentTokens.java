package org.tuodi.server.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tuodi.core.event.Source;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.DepartmentTokens;

/**
 * 部门令牌: per-department API tokens in {@code ingest_department_token}. A token is 32 random bytes
 * (URL-safe Base64, prefixed {@code tdt_}); only its SHA-256 is stored, so the clear text exists
 * once, in the answer to the issue. A token is labelled, belongs to one department and can be
 * revoked; issue and revocation are audited. (A little over 150 lines: issue, check, list and
 * revoke belong to one table and one secret.)
 */
@Repository
public class JdbcDepartmentTokens implements DepartmentTokens {

    private static final Logger log = LoggerFactory.getLogger(JdbcDepartmentTokens.class);
    private static final String PREFIX = "tdt_";
    private static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    JdbcDepartmentTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token just issued: the clear text is here and nowhere else. */
    public record IssuedToken(
            long id, Source department, String label, String token, OffsetDateTime issuedAt) {
        @Override
        public String toString() {
            return "IssuedToken[id=" + id + ", department=" + department + "]";
        }
    }

    /** A token as listed: never its clear text nor its hash. */
    public record TokenView(
            long id,
            Source department,
            String label,
            String issuedBy,
            OffsetDateTime issuedAt,
            OffsetDateTime revokedAt) {}

    @Override
    public Optional<Source> authenticate(String rawToken) {
        if (rawToken == null || !rawToken.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql(
                        """
                        SELECT department FROM ingest_department_token
                        WHERE token_hash = :hash AND revoked_at IS NULL
                        """)
                .param("hash", hash(rawToken))
                .query((rs, n) -> Source.valueOf(rs.getString(1)))
                .optional();
    }

    @Override
    @Transactional
    public String issue(Source department, String label) {
        return issue(department, label, SYSTEM).token();
    }

    /** Issues a token for the department on behalf of {@code actor} (a username). */
    @Transactional
    public IssuedToken issue(Source department, String label, String actor) {
        Objects.requireNonNull(department, "department");
        if (label == null || label.isBlank() || label.length() > 100) {
            throw new IllegalArgumentException("a token label has 1 to 100 characters");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id =
                jdbc.sql(
                                """
                                INSERT INTO ingest_department_token
                                    (department, label, token_hash, issued_by, issued_at)
                                VALUES (:department, :label, :hash, :actor, :now)
                                RETURNING id
                                """)
                        .param("department", department.name())
                        .param("label", label.strip())
                        .param("hash", hash(token))
                        .param("actor", actor)
                        .param("now", now)
                        .query(Long.class)
                        .single();
        audit.record(
                new AuditEntry(
                        actor,
                        "DEPARTMENT_TOKEN_ISSUED",
                        "department_token",
                        Long.toString(id),
                        "department=" + department));
        log.info("department_token=issued id={} department={}", id, department);
        return new IssuedToken(id, department, label.strip(), token, now);
    }

    /** Revokes a token; false if there is no such token or it was revoked already. */
    @Transactional
    public boolean revoke(long id, String actor) {
        int rows =
                jdbc.sql(
                                """
                                UPDATE ingest_department_token
                                SET revoked_at = :now, revoked_by = :actor
                                WHERE id = :id AND revoked_at IS NULL
                                """)
                        .param("now", OffsetDateTime.now(clock))
                        .param("actor", actor)
                        .param("id", id)
                        .update();
        if (rows == 1) {
            audit.record(
                    new AuditEntry(
                            actor,
                            "DEPARTMENT_TOKEN_REVOKED",
                            "department_token",
                            Long.toString(id),
                            ""));
            log.info("department_token=revoked id={}", id);
        }
        return rows == 1;
    }

    /** All tokens, newest first. */
    public List<TokenView> list() {
        return jdbc.sql(
                        """
                        SELECT id, department, label, issued_by, issued_at, revoked_at
                        FROM ingest_department_token ORDER BY id DESC
                        """)
                .query(
                        (rs, n) ->
                                new TokenView(
                                        rs.getLong("id"),
                                        Source.valueOf(rs.getString("department")),
                                        rs.getString("label"),
                                        rs.getString("issued_by"),
                                        rs.getObject("issued_at", OffsetDateTime.class),
                                        rs.getObject("revoked_at", OffsetDateTime.class)))
                .list();
    }

    static String hash(String rawToken) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(rawToken.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
