package org.tuodi.core.casework;

/**
 * 超期类型: which deadline of a case has passed. The deadlines come from the rule set per alert level
 * ({@link org.tuodi.core.rules.Deadline}), counted in calendar days from the day the case was
 * raised.
 */
public enum OverdueKind {
    /** 入户核实超期: not yet visited after the visit deadline. */
    VISIT,
    /** 处置超期: visited (or escalated to the county) but not disposed after the disposal deadline. */
    DISPOSAL
}
