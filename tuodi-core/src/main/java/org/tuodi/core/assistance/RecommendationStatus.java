package org.tuodi.core.assistance;

/** 建议类型: whether a measure is recommended now or named as an option if a condition comes true. */
public enum RecommendationStatus {
    /** 建议实施: the findings meet the policy's conditions now. */
    RECOMMENDED,
    /** 附条件备选: an option should a condition stated in the reason come true (e.g. 病情持续或加重). */
    OPTION_IF
}
