package org.tuodi.server.platform;

/**
 * 审计日志: the append-only audit trail. Writes join the caller's transaction, so an audited change and
 * its audit entry are committed together or not at all. Entries form a hash chain (each carries the
 * hash of the one before it), checked by {@link AuditChain} and {@code tuodi audit verify}.
 */
public interface AuditLog {
    void record(AuditEntry entry);
}
