package org.tuodi.server.assessment;

import java.time.LocalDate;
import java.util.List;
import org.tuodi.core.engine.AlertDecision;
import org.tuodi.core.engine.EventOutcome;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.core.rules.Deadline;

/**
 * 风险评估: the assessment module's API. Each call runs the engine on a household's stored state and
 * stores the new state; decisions are published as {@link AlertsDecided} within the same
 * transaction, so a record, the state it led to and the case it opened are committed together.
 */
public interface RiskAssessment {

    /**
     * Assesses one newly stored record of a member of the household. Joins the caller's transaction
     * (required).
     */
    Assessed assess(HouseholdId household, DepartmentEvent event);

    /**
     * Assesses every held record up to and including {@code through} (the engine's {@code
     * advanceTo}) for each household with records still held, one transaction per household.
     */
    Advanced advanceHeld(LocalDate through);

    /**
     * 办结: the household's case was closed; its evidence is consumed and never raises again. Joins
     * the caller's transaction (required).
     */
    void closeCase(HouseholdId household);

    /** The visit and disposal deadlines of an alert level under the rule set in force. */
    Deadline deadline(AlertLevel level);

    /** What the engine did with one record, and the decisions it made. */
    record Assessed(EventOutcome outcome, List<AlertDecision> decisions) {
        public Assessed {
            decisions = List.copyOf(decisions);
        }

        public long raised() {
            return decisions.stream().filter(d -> d instanceof AlertDecision.Raise).count();
        }
    }

    /** What an advance did: households advanced and decisions made. */
    record Advanced(int households, int decisions) {}
}
