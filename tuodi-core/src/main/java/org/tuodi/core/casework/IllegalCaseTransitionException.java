package org.tuodi.core.casework;

import org.tuodi.core.household.HouseholdId;

/**
 * 非法案件操作: an action the case's current status does not allow, such as closing a case that was never
 * disposed or visiting one that was never assigned. The message names the household, the current
 * status and the attempted action (ids only, no personal data).
 */
public final class IllegalCaseTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final CaseStatus current;
    private final CaseAction attempted;

    public IllegalCaseTransitionException(
            HouseholdId householdId, CaseStatus current, CaseAction attempted) {
        super(
                "case of household "
                        + householdId
                        + ": cannot "
                        + attempted
                        + " when status is "
                        + current);
        this.current = current;
        this.attempted = attempted;
    }

    public CaseStatus current() {
        return current;
    }

    public CaseAction attempted() {
        return attempted;
    }
}
