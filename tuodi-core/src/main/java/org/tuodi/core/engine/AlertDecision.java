package org.tuodi.core.engine;

import java.util.Objects;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.rules.AlertLevel;

/**
 * 预警决策: what the engine decides for a household at one point of event time. One open case per
 * household (一户一条救助链): a first alert {@link Raise}s a case; later hits on the open case either
 * {@link Escalate} its level or {@link AddEvidence} to it, never open a second one.
 */
public sealed interface AlertDecision
        permits AlertDecision.Raise, AlertDecision.Escalate, AlertDecision.AddEvidence {

    HouseholdId household();

    DecisionReceipt receipt();

    /** The decision's name in alerts.csv and the API: RAISE, ESCALATE, ADD_EVIDENCE. */
    String code();

    default AlertLevel level() {
        return receipt().level();
    }

    /** 推送预警: a new case for a household that has none open. */
    record Raise(HouseholdId household, DecisionReceipt receipt) implements AlertDecision {
        public Raise {
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(receipt, "receipt");
        }

        @Override
        public String code() {
            return "RAISE";
        }
    }

    /** 升级: the open case's level rises ({@code from} is the level it had). */
    record Escalate(HouseholdId household, AlertLevel from, DecisionReceipt receipt)
            implements AlertDecision {
        public Escalate {
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(receipt, "receipt");
        }

        @Override
        public String code() {
            return "ESCALATE";
        }
    }

    /** 补充证据: new records hit on the open case without raising its level. */
    record AddEvidence(HouseholdId household, DecisionReceipt receipt) implements AlertDecision {
        public AddEvidence {
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(receipt, "receipt");
        }

        @Override
        public String code() {
            return "ADD_EVIDENCE";
        }
    }
}
