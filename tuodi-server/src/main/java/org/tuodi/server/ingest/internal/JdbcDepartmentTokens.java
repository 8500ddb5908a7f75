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
 * once, in the answer to the issue. A token is labelled, belongs to one department, may have its
 * own request rate, and can be revoked (refused from the next request on); issue and revocation are
 * audited. (A little over 150 lines: issue, check, list and revoke belong to one table and one
 * secret.)
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
            long id,
            Source department,
            String label,
            String token,
            Integer ratePerMinute,
            OffsetDateTime issuedAt) {
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
            Integer ratePerMinute,
            String issuedBy,
            OffsetDateTime issuedAt,
            OffsetDateTime revokedAt) {}

    /** The highest rate a token may be given, requests a minute. */
    public static final int MAX_RATE_PER_MINUTE = 100_000;

    @Override
    public Optional<Grant> check(String rawToken) {
        if (rawToken == null || !rawToken.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql(
                        """
                        SELECT id, department, rate_per_minute, token_hash, revoked_at
                        FROM ingest_department_token WHERE token_hash = :hash
                        """)
                .param("hash", hash(rawToken))
                .query(
                        (rs, n) ->
                                new Grant(
                                        rs.getLong("id"),
                                        Source.valueOf(rs.getString("department")),
                                        rs.getObject("rate_per_minute", Integer.class),
                                        rs.getString("token_hash"),
                                        rs.getObject("revoked_at") != null))
                .optional();
    }

    @Override
    @Transactional
    public String issue(Source department, String label) {
        return issue(department, label, null, SYSTEM).token();
    }

    /**
     * Issues a token for the department on behalf of {@code actor} (a username), with its own rate
     * (requests a minute) or, if null, the server's default.
     */
    @Transactional
    public IssuedToken issue(Source department, String label, Integer ratePerMinute, String actor) {
        Objects.requireNonNull(department, "department");
        if (label == null || label.isBlank() || label.length() > 100) {
            throw new IllegalArgumentException("a token label has 1 to 100 characters");
        }
        if (ratePerMinute != null && (ratePerMinute < 1 || ratePerMinute > MAX_RATE_PER_MINUTE)) {
            throw new IllegalArgumentException(
                    "a token's rate is 1 to " + MAX_RATE_PER_MINUTE + " requests a minute");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id =
                jdbc.sql(
                                """
                                INSERT INTO ingest_department_token
                                    (department, label, token_hash, rate_per_minute, issued_by,
                                     issued_at)
                                VALUES (:department, :label, :hash, :rate, :actor, :now)
                                RETURNING id
                                """)
                        .param("department", department.name())
                        .param("rate", ratePerMinute, java.sql.Types.INTEGER)
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
                        "department="
                                + department
                                + (ratePerMinute == null
                                        ? ""
                                        : " rate_per_minute=" + ratePerMinute)));
        log.info("department_token=issued id={} department={}", id, department);
        return new IssuedToken(id, department, label.strip(), token, ratePerMinute, now);
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
                        SELECT id, department, label, rate_per_minute, issued_by, issued_at,
                               revoked_at
                        FROM ingest_department_token ORDER BY id DESC
                        """)
                .query(
                        (rs, n) ->
                                new TokenView(
                                        rs.getLong("id"),
                                        Source.valueOf(rs.getString("department")),
                                        rs.getString("label"),
                                        rs.getObject("rate_per_minute", Integer.class),
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
