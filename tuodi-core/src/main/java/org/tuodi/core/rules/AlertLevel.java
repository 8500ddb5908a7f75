package org.tuodi.core.rules;

/**
 * 预警等级: the level of an alert, in rising order of urgency. Henan's platform shows 一般 and 紧急 (seed
 * report); the deadlines for a visit and a disposal come from the rule set per level.
 */
public enum AlertLevel {
    /** 一般. */
    GENERAL,
    /** 紧急. */
    URGENT;

    public boolean isHigherThan(AlertLevel other) {
        return compareTo(other) > 0;
    }
}
