package org.tuodi.core.rules;

/**
 * 监测维度: the dimension an indicator watches. The first six are those of Henan's platform (seed
 * report: 医疗、教育、就业失业、自然灾害、残疾、危房改造); {@link #LIVING} covers the household's basic living situation
 * (a death, the household's own conditions).
 */
public enum Dimension {
    /** 医疗. */
    MEDICAL,
    /** 教育. */
    EDUCATION,
    /** 就业失业. */
    EMPLOYMENT,
    /** 自然灾害. */
    DISASTER,
    /** 残疾. */
    DISABILITY,
    /** 住房 (危房). */
    HOUSING,
    /** 基本生活. */
    LIVING
}
