package org.tuodi.core.casework;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * 案件操作: what can be done to a case, and from which statuses. Each step of a case's history names
 * one; an {@link IllegalCaseTransitionException} names the one attempted.
 */
public enum CaseAction {
    /** 生成案件: the engine raised an alert and the case was opened. */
    OPEN(EnumSet.noneOf(CaseStatus.class)),
    /** 分派: given to a village assistant (again, before the visit: a reassignment). */
    ASSIGN(EnumSet.of(CaseStatus.PENDING_ASSIGNMENT, CaseStatus.ASSIGNED)),
    /** 改派: given to another assistant before the visit (a history step of {@link #ASSIGN}). */
    REASSIGN(EnumSet.of(CaseStatus.ASSIGNED)),
    /** 入户核实: the home visit was recorded. */
    RECORD_VISIT(EnumSet.of(CaseStatus.ASSIGNED)),
    /** 核实无需救助: the visit concluded that no assistance is needed. */
    CONCLUDE_NO_ASSISTANCE_NEEDED(EnumSet.of(CaseStatus.VISITED)),
    /** 处置: a disposal outcome was decided (提交县级一事一议 included). */
    DISPOSE(EnumSet.of(CaseStatus.VISITED)),
    /** 县级一事一议决定: the county coordination mechanism decided an escalated case. */
    DECIDE_BY_COUNTY(EnumSet.of(CaseStatus.ESCALATED_TO_COUNTY)),
    /** 办结: closed. */
    CLOSE(EnumSet.of(CaseStatus.DISPOSED, CaseStatus.NO_ASSISTANCE_NEEDED)),
    /** 升级: the engine raised the alert level of a case not yet closed. */
    RAISE_LEVEL(EnumSet.complementOf(EnumSet.of(CaseStatus.CLOSED)));

    private final Set<CaseStatus> allowedFrom;

    CaseAction(Set<CaseStatus> allowedFrom) {
        this.allowedFrom = Collections.unmodifiableSet(allowedFrom);
    }

    /** Whether a case in {@code status} accepts this action. */
    public boolean isAllowedFrom(CaseStatus status) {
        return allowedFrom.contains(status);
    }
}
