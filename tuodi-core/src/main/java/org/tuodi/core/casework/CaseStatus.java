package org.tuodi.core.casework;

/**
 * 案件状态: where a household's case (一户一案) stands. The main line is 待分派 → 已分派 → 已入户核实 → 已处置 → 已办结
 * (国办发〔2023〕39号: 预警 → 核实 → 处置 → 反馈); 核实无需救助 and 提交县级一事一议 are its two branches.
 */
public enum CaseStatus {
    /** 待分派: raised by the engine, not yet given to a village assistant. */
    PENDING_ASSIGNMENT,
    /** 已分派: given to a village social-assistance assistant (社会救助协理员) for the home visit. */
    ASSIGNED,
    /** 已入户核实: the home visit is recorded with its verified findings; a disposal is due. */
    VISITED,
    /** 已处置: one of the four disposal outcomes was decided; feedback and closing follow. */
    DISPOSED,
    /** 已办结: closed; a closed case is never overdue and accepts no further action. */
    CLOSED,
    /** 核实无需救助: the visit found no need for assistance; the case only waits to be closed. */
    NO_ASSISTANCE_NEEDED,
    /**
     * 提交县级一事一议: a complex case awaiting the decision of the county 困难群众基本生活保障工作协调机制 (国办发〔2023〕39号,
     * 分类处置预警信息).
     */
    ESCALATED_TO_COUNTY;

    /** Whether the case still needs work or at least closing: every status but {@link #CLOSED}. */
    public boolean isOpen() {
        return this != CLOSED;
    }

    /** Not yet visited: the visit deadline runs. */
    public boolean awaitsVisit() {
        return this == PENDING_ASSIGNMENT || this == ASSIGNED;
    }

    /** Visited, or escalated to the county, but not disposed: the disposal deadline runs. */
    public boolean awaitsDisposal() {
        return this == VISITED || this == ESCALATED_TO_COUNTY;
    }
}
