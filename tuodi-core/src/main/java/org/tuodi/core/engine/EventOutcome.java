package org.tuodi.core.engine;

/** 记录处理结果: what the engine did with one department record. */
public enum EventOutcome {
    /** 已纳入: placed in its windows; assessed in event time once the lateness has passed. */
    PLACED,
    /**
     * 迟到: older than the lateness allows; placed in its windows and assessed at once as of the last
     * assessed date, so it still counts but may be decided later than in order.
     */
    LATE,
    /** 重复: the same {@code (source, event_id)} was already counted. */
    DUPLICATE,
    /** 无关指标: matches no indicator of the rule set, so it changes no risk. */
    NO_INDICATOR
}
