package org.tuodi.core.rules;

import java.util.List;
import java.util.Objects;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.EventType;
import org.tuodi.core.shared.Yuan;

/**
 * 指标类型: the kinds of indicator the engine knows. Kinds are code; instances (which event type, which
 * conditions, window, threshold) are data in a {@link RuleSet}.
 */
public sealed interface IndicatorKind
        permits IndicatorKind.WindowSum,
                IndicatorKind.WindowCount,
                IndicatorKind.EventMatch,
                IndicatorKind.HouseholdCondition {

    /** The stable code of the kind, as written in rule set files. */
    String code();

    /**
     * 窗口累计金额: the household's sum of an amount field over matching records in a rolling window
     * reaches a threshold (Henan: medical out-of-pocket ≥ ¥5,000 in 12 months).
     */
    record WindowSum(
            EventType eventType,
            List<Condition> where,
            EventField field,
            Window window,
            Yuan threshold)
            implements IndicatorKind {
        public WindowSum {
            Objects.requireNonNull(eventType, "eventType");
            where = List.copyOf(where);
            Objects.requireNonNull(field, "field");
            if (field.kind() != EventField.Kind.AMOUNT || !field.belongsTo(eventType)) {
                throw new IllegalArgumentException(
                        field.column() + " is not an amount of " + eventType);
            }
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(threshold, "threshold");
            if (threshold.fen() <= 0) {
                throw new IllegalArgumentException("a sum threshold is positive");
            }
        }

        @Override
        public String code() {
            return "WINDOW_SUM";
        }
    }

    /** 窗口内次数: the number of matching records in a rolling window reaches a threshold. */
    record WindowCount(EventType eventType, List<Condition> where, Window window, int threshold)
            implements IndicatorKind {
        public WindowCount {
            Objects.requireNonNull(eventType, "eventType");
            where = List.copyOf(where);
            Objects.requireNonNull(window, "window");
            if (threshold < 1) {
                throw new IllegalArgumentException("a count threshold is at least 1");
            }
        }

        @Override
        public String code() {
            return "WINDOW_COUNT";
        }
    }

    /**
     * 事件命中: a record matching the conditions happened within the window (e.g. a house graded C or D
     * in the last 12 months).
     */
    record EventMatch(EventType eventType, List<Condition> where, Window window)
            implements IndicatorKind {
        public EventMatch {
            Objects.requireNonNull(eventType, "eventType");
            where = List.copyOf(where);
            Objects.requireNonNull(window, "window");
        }

        @Override
        public String code() {
            return "EVENT_MATCH";
        }
    }

    /**
     * 家庭状况: a condition on the household itself ({@code scope HOUSEHOLD}) or on at least {@code
     * minMembers} of its members ({@code scope MEMBERS}). It adds to the score of a household that
     * also has a record-based hit; on its own it never raises an alert, since an alert answers
     * something that happened.
     */
    record HouseholdCondition(Scope scope, List<Condition> where, int minMembers)
            implements IndicatorKind {

        /** What the conditions are about. */
        public enum Scope {
            HOUSEHOLD,
            MEMBERS
        }

        public HouseholdCondition {
            Objects.requireNonNull(scope, "scope");
            where = List.copyOf(where);
            if (where.isEmpty()) {
                throw new IllegalArgumentException("a household condition needs a condition");
            }
            if (minMembers < 1) {
                throw new IllegalArgumentException("minMembers is at least 1");
            }
        }

        @Override
        public String code() {
            return "HOUSEHOLD_CONDITION";
        }
    }
}
