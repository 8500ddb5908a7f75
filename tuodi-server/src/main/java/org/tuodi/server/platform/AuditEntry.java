package org.tuodi.server.platform;

import java.util.Objects;

/**
 * 审计记录: who did what to which thing. {@code detail} is English key=value text with ids only: never
 * names, identity numbers or incomes.
 */
public record AuditEntry(
        String actor, String action, String subjectType, String subjectId, String detail) {
    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        detail = detail == null ? "" : detail;
    }
}
