package org.tuodi.core.casework;

/**
 * 预警处置方式: the four ways a verified warning is disposed of, 国办发〔2023〕39号 (分类处置预警信息; domain brief
 * §1.1 and rule 15). Every disposal routes to exactly one of them.
 */
public enum DisposalOutcome {
    /** 落实应享未享政策: the household is entitled but the entitlement was not delivered; deliver it. */
    DELIVER_ENTITLEMENT,
    /** 转介相关部门: possibly eligible elsewhere; push the need to the responsible department. */
    REFER_TO_DEPARTMENT,
    /** 提交县级一事一议: complex case for the county coordination mechanism to decide case by case. */
    ESCALATE_TO_COUNTY,
    /** 核实终止 / 无需救助: possibly no longer eligible; verify and terminate where the rules say so. */
    TERMINATE_OR_NO_NEED
}
