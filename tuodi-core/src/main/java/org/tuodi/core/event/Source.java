package org.tuodi.core.event;

/** 数据来源部门: the department that sends a record (formats.md, column {@code source}). */
public enum Source {
    /** 医保. */
    MEDICAL_INSURANCE,
    /** 卫健. */
    HEALTH,
    /** 教育. */
    EDUCATION,
    /** 人社. */
    HUMAN_RESOURCES,
    /** 残联. */
    DISABLED_FEDERATION,
    /** 应急管理. */
    EMERGENCY_MANAGEMENT,
    /** 住建. */
    HOUSING,
    /** 公安. */
    PUBLIC_SECURITY
}
