package org.tuodi.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@ServerIntegrationTest
class AuditLogIT {

    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void recordOne() {
        audit.record(new AuditEntry("audit-test", "TESTED", "thing", "1", "k=v"));
    }

    @Test
    void recordsWhoWhenAndWhatOnTheServerClock() {
        var row =
                jdbc.sql(
                                """
                                SELECT actor, action, subject_type, subject_id, detail,
                                       to_char(at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') AS at
                                FROM platform_audit WHERE actor = 'audit-test' LIMIT 1
                                """)
                        .query()
                        .singleRow();

        assertThat(row)
                .containsEntry("action", "TESTED")
                .containsEntry("subject_type", "thing")
                .containsEntry("subject_id", "1")
                .containsEntry("detail", "k=v")
                .containsEntry("at", "2024-09-01 08:00");
    }

    @Test
    void theTrailCannotBeUpdated() {
        assertThatThrownBy(
                        () -> jdbc.sql("UPDATE platform_audit SET actor = 'someone else'").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void theTrailCannotBeDeleted() {
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM platform_audit").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void theTrailCannotBeTruncated() {
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE platform_audit").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void anEntryIsPartOfTheCallersTransaction() {
        transactions.executeWithoutResult(
                tx -> {
                    audit.record(new AuditEntry("audit-rollback", "TESTED", "thing", "2", ""));
                    tx.setRollbackOnly();
                });

        assertThat(
                        jdbc.sql(
                                        "SELECT count(*) FROM platform_audit WHERE actor = 'audit-rollback'")
                                .query(Long.class)
                                .single())
                .isZero();
    }

    @Test
    void masksAnIdentityNumberInTheDetail() {
        audit.record(
                new AuditEntry("audit-mask", "TESTED", "thing", "3", "person=411122195008081445"));

        assertThat(
                        jdbc.sql("SELECT detail FROM platform_audit WHERE actor = 'audit-mask'")
                                .query(String.class)
                                .single())
                .isEqualTo("person=411122********1445");
    }
}
