package org.tuodi.server.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 审计链校验: checks the hash chain of {@code platform_audit} (migration V80) entry by entry, from the
 * first to the head, recomputing every hash in Java independently of the database's trigger. The
 * first broken link is named: a missing sequence number (entries deleted), a previous hash that is
 * not the hash of the entry before (an entry before was changed or removed), a stored hash that is
 * not the hash of the entry's own fields (the entry was changed), or a head that does not match the
 * last entry (entries at the end deleted). An attacker who rewrites the whole chain from some entry
 * on is caught only by an anchor: a (sequence, hash) pair noted earlier outside the database.
 */
@Component
public class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final int PAGE = 5_000;

    private final JdbcClient jdbc;

    public AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The outcome: how many entries were checked and the first broken link, if any. */
    public record Verification(
            long checked, long headSeq, String headHash, Optional<String> brokenLink) {
        public boolean intact() {
            return brokenLink.isEmpty();
        }
    }

    /** An anchor: the hash an entry had when it was noted down. */
    public record Anchor(long seq, String hash) {
        /** Parses {@code SEQ:HASH}. */
        public static Anchor parse(String text) {
            int colon = text.indexOf(':');
            try {
                if (colon > 0) {
                    String hash = text.substring(colon + 1).strip().toLowerCase();
                    if (hash.matches("[0-9a-f]{64}")) {
                        return new Anchor(Long.parseLong(text.substring(0, colon).strip()), hash);
                    }
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw new IllegalArgumentException(
                    "an anchor is SEQ:HASH, the sequence number and the 64 hex digits of its hash: '"
                            + text
                            + "'");
        }
    }

    private record Row(
            long id,
            long seq,
            OffsetDateTime at,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String detail,
            String prevHash,
            String hash) {}

    public Verification verify() {
        return verify(List.of());
    }

    /** Checks the whole chain, and that each anchor's entry still has the anchored hash. */
    public Verification verify(List<Anchor> anchors) {
        long expectedSeq = 1;
        String previous = GENESIS;
        long checked = 0;
        long after = 0;
        while (true) {
            List<Row> rows = page(after);
            for (Row row : rows) {
                Optional<String> broken = check(row, expectedSeq, previous, anchors);
                if (broken.isPresent()) {
                    return new Verification(checked, expectedSeq - 1, previous, broken);
                }
                checked++;
                expectedSeq = row.seq() + 1;
                previous = row.hash();
            }
            if (rows.size() < PAGE) {
                break;
            }
            after = rows.get(rows.size() - 1).seq();
        }
        long last = expectedSeq - 1;
        Optional<String> broken = head(last, previous);
        if (broken.isEmpty()) {
            broken =
                    anchors.stream()
                            .filter(a -> a.seq() > last || a.seq() < 1)
                            .findFirst()
                            .map(
                                    a ->
                                            "anchor seq "
                                                    + a.seq()
                                                    + ": there is no such entry (the chain ends at seq "
                                                    + last
                                                    + "; entries were deleted)");
        }
        return new Verification(checked, last, previous, broken);
    }

    private Optional<String> check(
            Row row, long expectedSeq, String previous, List<Anchor> anchors) {
        if (row.seq() != expectedSeq) {
            return Optional.of(
                    "seq "
                            + expectedSeq
                            + " is missing: after seq "
                            + (expectedSeq - 1)
                            + " comes seq "
                            + row.seq()
                            + " (entries were deleted)");
        }
        if (!row.prevHash().equals(previous)) {
            return Optional.of(
                    "seq "
                            + row.seq()
                            + " (id "
                            + row.id()
                            + "): its previous hash "
                            + row.prevHash()
                            + " is not the hash of seq "
                            + (row.seq() - 1)
                            + ", "
                            + previous
                            + " (an entry before it was removed or replaced)");
        }
        String computed =
                hash(
                        row.seq(),
                        row.at().toInstant(),
                        row.actor(),
                        row.action(),
                        row.subjectType(),
                        row.subjectId(),
                        row.detail(),
                        row.prevHash());
        if (!computed.equals(row.hash())) {
            return Optional.of(
                    "seq "
                            + row.seq()
                            + " (id "
                            + row.id()
                            + "): its fields (time, actor, action, subject, detail) hash to "
                            + computed
                            + " but the stored hash is "
                            + row.hash()
                            + " (the entry was changed)");
        }
        for (Anchor anchor : anchors) {
            if (anchor.seq() == row.seq() && !anchor.hash().equals(row.hash())) {
                return Optional.of(
                        "seq "
                                + row.seq()
                                + " (id "
                                + row.id()
                                + "): its hash "
                                + row.hash()
                                + " is not the anchored "
                                + anchor.hash()
                                + " (the chain was rewritten from here or before)");
            }
        }
        return Optional.empty();
    }

    private Optional<String> head(long lastSeq, String lastHash) {
        Optional<Anchor> head =
                jdbc.sql("SELECT seq, hash FROM platform_audit_head WHERE id = 1")
                        .query(
                                (rs, n) ->
                                        new Anchor(rs.getLong("seq"), rs.getString("hash").strip()))
                        .optional();
        if (head.isEmpty()) {
            return Optional.of("the chain head (platform_audit_head) is missing");
        }
        if (head.get().seq() != lastSeq || !head.get().hash().equals(lastHash)) {
            return Optional.of(
                    "the chain ends at seq "
                            + lastSeq
                            + " with hash "
                            + lastHash
                            + " but its head says seq "
                            + head.get().seq()
                            + " with hash "
                            + head.get().hash()
                            + " (entries at the end were deleted or changed)");
        }
        return Optional.empty();
    }

    private List<Row> page(long afterSeq) {
        return jdbc.sql(
                        """
                        SELECT id, seq, at, actor, action, subject_type, subject_id, detail,
                               prev_hash, hash
                        FROM platform_audit WHERE seq > :after ORDER BY seq LIMIT :limit
                        """)
                .param("after", afterSeq)
                .param("limit", PAGE)
                .query(
                        (rs, n) ->
                                new Row(
                                        rs.getLong("id"),
                                        rs.getLong("seq"),
                                        rs.getObject("at", OffsetDateTime.class),
                                        rs.getString("actor"),
                                        rs.getString("action"),
                                        rs.getString("subject_type"),
                                        rs.getString("subject_id"),
                                        rs.getString("detail"),
                                        rs.getString("prev_hash").strip(),
                                        rs.getString("hash").strip()))
                .list();
    }

    /**
     * The hash of an entry: SHA-256 (hex) over the UTF-8 bytes of {@code tuodi-audit-v1} followed
     * by each field as {@code <UTF-8 byte length>:<value>\n}, the time as microseconds since the
     * epoch. Migration V80 computes the same in the database.
     */
    public static String hash(
            long seq,
            Instant at,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String detail,
            String prevHash) {
        long micros =
                Math.addExact(
                        Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
        StringBuilder canonical = new StringBuilder("tuodi-audit-v1");
        for (String field :
                new String[] {
                    Long.toString(seq),
                    Long.toString(micros),
                    actor,
                    action,
                    subjectType,
                    subjectId,
                    detail,
                    prevHash
                }) {
            canonical
                    .append(field.getBytes(StandardCharsets.UTF_8).length)
                    .append(':')
                    .append(field)
                    .append('\n');
        }
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
