package org.tuodi.server.platform.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.Masks;

/**
 * The audit trail in {@code platform_audit}. A plain {@link JdbcClient} insert: inside a
 * {@code @Transactional} caller it is part of that transaction, so the change and its entry commit
 * or roll back together. The table refuses UPDATE, DELETE and TRUNCATE (trigger in V2), and a
 * trigger chains each entry as it is inserted (V80: sequence number, previous hash, own hash, the
 * chain head locked until the transaction ends; checked by {@link
 * org.tuodi.server.platform.AuditChain}).
 */
@Component
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbc.sql(
                        """
                        INSERT INTO platform_audit (at, actor, action, subject_type, subject_id, detail)
                        VALUES (:at, :actor, :action, :subjectType, :subjectId, :detail)
                        """)
                .param("at", OffsetDateTime.now(clock))
                .param("actor", clip(entry.actor(), 100))
                .param("action", clip(entry.action(), 64))
                .param("subjectType", clip(entry.subjectType(), 64))
                .param("subjectId", clip(Masks.identityNumbers(entry.subjectId()), 200))
                .param("detail", Masks.identityNumbers(entry.detail()))
                .update();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
