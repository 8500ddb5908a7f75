package org.tuodi.core.household;

/**
 * 低收入人口类别: the six categories of the low-income population (国办发〔2023〕39号). A household can carry
 * several at once.
 */
public enum LowIncomeCategory {
    /** 低保: enrolled in the minimum living allowance. */
    DIBAO,
    /** 特困: destitute support (特困人员救助供养). */
    TEKUN,
    /** 低保边缘: income below the edge multiplier (default 1.5) times the 低保 standard. */
    DIBAO_EDGE,
    /** 刚性支出困难: rigid spending beyond a local share of household income. */
    RIGID_EXPENDITURE,
    /** 防返贫监测对象: monitored to prevent a return to poverty. */
    RELAPSE_MONITORED,
    /** 其他低收入 / 其他困难人员. */
    OTHER_LOW_INCOME
}
