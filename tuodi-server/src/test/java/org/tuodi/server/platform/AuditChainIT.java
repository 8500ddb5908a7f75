package org.tuodi.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuodi.server.platform.AuditChain.Anchor;
import org.tuodi.server.platform.AuditChain.Verification;

/**
 * 审计链: every audit entry carries the hash of the one before it, and the verifier names the first
 * link an attacker with database access broke. Tampering is done as such an attacker would: the
 * append-only trigger disabled, rows changed in SQL; each tampering test rolls back its
 * transaction, so the shared trail stays intact for the other tests.
 */
@ServerIntegrationTest
class AuditChainIT {

    @Autowired AuditLog audit;
    @Autowired AuditChain chain;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void recordSome() {
        for (int i = 0; i < 4; i++) {
            audit.record(new AuditEntry("chain-test", "TESTED", "thing", "c" + i, "n=" + i));
        }
    }

    @Test
    void theTrailIsAnUnbrokenChainOfConsecutiveEntries() {
        audit.record(new AuditEntry("chain-test", "TESTED", "标签", "医保局", "label=卫健委 😀 推送"));

        Verification verification = chain.verify();

        assertThat(verification.brokenLink()).isEmpty();
        assertThat(verification.checked()).isEqualTo(count()).isEqualTo(verification.headSeq());
        assertThat(
                        jdbc.sql(
                                        """
                                        SELECT count(*) FROM platform_audit a
                                        JOIN platform_audit b ON b.seq = a.seq + 1
                                        WHERE b.prev_hash <> a.hash
                                        """)
                                .query(Long.class)
                                .single())
                .isZero();
    }

    @Test
    void theDatabaseAndTheVerifierHashAnEntryAlike() {
        Map<String, Object> last =
                jdbc.sql(
                                """
                                SELECT seq, at, actor, action, subject_type, subject_id, detail,
                                       prev_hash, hash
                                FROM platform_audit ORDER BY seq DESC LIMIT 1
                                """)
                        .query()
                        .singleRow();

        assertThat(
                        AuditChain.hash(
                                ((Number) last.get("seq")).longValue(),
                                ((java.sql.Timestamp) last.get("at")).toInstant(),
                                (String) last.get("actor"),
                                (String) last.get("action"),
                                (String) last.get("subject_type"),
                                (String) last.get("subject_id"),
                                (String) last.get("detail"),
                                (String) last.get("prev_hash")))
                .isEqualTo(last.get("hash"));
    }

    @Test
    void aChangedEntryIsNamedAsTheFirstBrokenLink() {
        long seq = lastSeq() - 2;

        Verification verification =
                tampered(
                        () -> {
                            jdbc.sql(
                                            "UPDATE platform_audit SET actor = 'someone-else' WHERE seq = :seq")
                                    .param("seq", seq)
                                    .update();
                            return chain.verify();
                        });

        assertThat(verification.brokenLink())
                .hasValueSatisfying(
                        link ->
                                assertThat(link)
                                        .startsWith("seq " + seq + " ")
                                        .contains("the entry was changed"));
        assertThat(verification.checked()).isEqualTo(seq - 1);
    }

    @Test
    void anEntryChangedWithItsHashRecomputedIsCaughtByTheNextEntry() {
        long seq = lastSeq() - 1;

        Verification verification =
                tampered(
                        () -> {
                            jdbc.sql(
                                            """
                                            UPDATE platform_audit
                                            SET detail = 'n=forged',
                                                hash = platform_audit_hash(seq, at, actor, action,
                                                    subject_type, subject_id, 'n=forged', prev_hash)
                                            WHERE seq = :seq
                                            """)
                                    .param("seq", seq)
                                    .update();
                            return chain.verify();
                        });

        assertThat(verification.brokenLink())
                .hasValueSatisfying(
                        link ->
                                assertThat(link)
                                        .startsWith("seq " + (seq + 1) + " ")
                                        .contains("is not the hash of seq " + seq));
    }

    @Test
    void aDeletedEntryIsNamedAsMissing() {
        long seq = lastSeq() - 2;

        Verification verification =
                tampered(
                        () -> {
                            jdbc.sql("DELETE FROM platform_audit WHERE seq = :seq")
                                    .param("seq", seq)
                                    .update();
                            return chain.verify();
                        });

        assertThat(verification.brokenLink())
                .hasValue(
                        "seq "
                                + seq
                                + " is missing: after seq "
                                + (seq - 1)
                                + " comes seq "
                                + (seq + 1)
                                + " (entries were deleted)");
    }

    @Test
    void entriesDeletedAtTheEndAreCaughtByTheHead() {
        long last = lastSeq();

        Verification verification =
                tampered(
                        () -> {
                            jdbc.sql("DELETE FROM platform_audit WHERE seq >= :seq")
                                    .param("seq", last - 1)
                                    .update();
                            return chain.verify();
                        });

        assertThat(verification.brokenLink())
                .hasValueSatisfying(
                        link ->
                                assertThat(link)
                                        .startsWith("the chain ends at seq " + (last - 2))
                                        .contains("its head says seq " + last));
    }

    @Test
    void aChainRewrittenFromAnEntryOnIsCaughtByAnAnchorNotedBefore() {
        long seq = lastSeq() - 1;
        Anchor noted = new Anchor(seq, hashOf(seq));

        Verification verification =
                tampered(
                        () -> {
                            jdbc.sql("ALTER TABLE platform_audit_head DISABLE TRIGGER USER")
                                    .update();
                            rewriteFrom(seq, "n=rewritten");
                            Verification withoutAnchor = chain.verify();
                            assertThat(withoutAnchor.brokenLink()).isEmpty();
                            return chain.verify(List.of(noted));
                        });

        assertThat(verification.brokenLink())
                .hasValueSatisfying(
                        link ->
                                assertThat(link)
                                        .startsWith("seq " + seq + " ")
                                        .contains("is not the anchored " + noted.hash()));
    }

    @Test
    void concurrentAppendsStayOneChain() throws Exception {
        long before = lastSeq();
        int writers = 6;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    for (int i = 0; i < each; i++) {
                                        int n = i;
                                        transactions.executeWithoutResult(
                                                tx ->
                                                        audit.record(
                                                                new AuditEntry(
                                                                        "chain-writer-" + writer,
                                                                        "TESTED",
                                                                        "thing",
                                                                        Integer.toString(n),
                                                                        "")));
                                    }
                                    return null;
                                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Verification verification = chain.verify();
        assertThat(verification.brokenLink()).isEmpty();
        assertThat(verification.headSeq()).isEqualTo(before + (long) writers * each);
    }

    @Test
    void anAppendThatIsRolledBackLeavesNoGap() {
        long before = lastSeq();
        transactions.executeWithoutResult(
                tx -> {
                    audit.record(new AuditEntry("chain-rollback", "TESTED", "thing", "x", ""));
                    tx.setRollbackOnly();
                });
        audit.record(new AuditEntry("chain-test", "TESTED", "thing", "after-rollback", ""));

        assertThat(lastSeq()).isEqualTo(before + 1);
        assertThat(chain.verify().brokenLink()).isEmpty();
    }

    /** Runs the tampering as an attacker would (triggers off), then rolls it all back. */
    private Verification tampered(Supplier<Verification> tampering) {
        return transactions.execute(
                tx -> {
                    jdbc.sql(
                                    "ALTER TABLE platform_audit DISABLE TRIGGER platform_audit_append_only")
                            .update();
                    try {
                        return tampering.get();
                    } finally {
                        tx.setRollbackOnly();
                    }
                });
    }

    /** Changes the detail of every entry from seq on and recomputes every hash and the head. */
    private void rewriteFrom(long seq, String detail) {
        String previous = hashOf(seq - 1);
        List<Map<String, Object>> rows =
                jdbc.sql("SELECT id, seq FROM platform_audit WHERE seq >= :seq ORDER BY seq")
                        .param("seq", seq)
                        .query()
                        .listOfRows();
        for (Map<String, Object> row : rows) {
            previous =
                    jdbc.sql(
                                    """
                                    UPDATE platform_audit
                                    SET detail = :detail, prev_hash = :previous,
                                        hash = platform_audit_hash(seq, at, actor, action,
                                            subject_type, subject_id, :detail, :previous)
                                    WHERE id = :id RETURNING hash
                                    """)
                            .param("detail", detail)
                            .param("previous", previous)
                            .param("id", row.get("id"))
                            .query(String.class)
                            .single();
        }
        jdbc.sql("UPDATE platform_audit_head SET hash = :hash WHERE id = 1")
                .param("hash", previous)
                .update();
    }

    private String hashOf(long seq) {
        return jdbc.sql("SELECT hash FROM platform_audit WHERE seq = :seq")
                .param("seq", seq)
                .query(String.class)
                .single();
    }

    private long lastSeq() {
        return jdbc.sql("SELECT max(seq) FROM platform_audit").query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM platform_audit").query(Long.class).single();
    }
}
