package org.tuodi.core.casework;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 办理记录: one step in a case's history: what was done, on which date, and the status it led to.
 *
 * @param detail the assistant id, the disposal outcome, the level change or the officer's reason;
 *     empty when there is nothing to add. Free text may hold personal information, so {@link
 *     #toString()} leaves it out.
 */
public record CaseStep(CaseAction action, LocalDate on, CaseStatus status, String detail) {

    public CaseStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return "CaseStep[" + action + " on " + on + " -> " + status + "]";
    }
}
