package org.tuodi.core.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.core.rules.Deadline;

/**
 * 一户一案: the case opened for a household when the engine raises an alert, followed to 办结
 * (国办发〔2023〕39号: 一户一条救助链; the closed loop 预警 → 核实 → 处置 → 反馈). Immutable: each transition returns a
 * new case or throws {@link IllegalCaseTransitionException}; dates are parameters, never read from
 * a clock.
 *
 * <pre>
 * PENDING_ASSIGNMENT -assign-> ASSIGNED -recordVisit-> VISITED -dispose-> DISPOSED -close-> CLOSED
 *   ASSIGNED -assign-> ASSIGNED (reassignment)
 *   VISITED -dispose(ESCALATE_TO_COUNTY)-> ESCALATED_TO_COUNTY -decideByCounty-> DISPOSED
 *   VISITED -concludeNoAssistanceNeeded-> NO_ASSISTANCE_NEEDED -close-> CLOSED
 *   any status but CLOSED -escalateLevel-> same status, higher level, deadlines never later
 * </pre>
 *
 * <p>The visit and disposal deadlines are calendar days from {@code raisedOn}, per alert level,
 * from the rule set ({@link Deadline}). Workflow steps may not be dated before the case's latest
 * step. Which action each status allows is {@link CaseAction#isAllowedFrom}. The class runs to
 * about 250 lines, past the 150 of the style guide: the record has ten components, so each of its
 * four constructor calls takes a dozen lines under google-java-format, and the state machine reads
 * best in one place.
 *
 * @param assignee the user id of the village assistant (社会救助协理员), once assigned
 * @param visit the recorded home visit, once visited
 * @param outcome the disposal outcome, once disposed or escalated to the county
 * @param history every step from {@link CaseAction#OPEN} on, in the order applied
 */
public record AssistanceCase(
        HouseholdId householdId,
        AlertLevel level,
        CaseStatus status,
        LocalDate raisedOn,
        LocalDate visitDue,
        LocalDate disposalDue,
        Optional<String> assignee,
        Optional<VisitRecord> visit,
        Optional<DisposalOutcome> outcome,
        List<CaseStep> history) {

    public AssistanceCase {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(raisedOn, "raisedOn");
        if (visitDue.isBefore(raisedOn) || disposalDue.isBefore(visitDue)) {
            throw new IllegalArgumentException("deadlines must follow raisedOn, visit first");
        }
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(outcome, "outcome");
        history = List.copyOf(history);
        if (history.isEmpty() || history.get(0).action() != CaseAction.OPEN) {
            throw new IllegalArgumentException("a case's history starts with OPEN");
        }
    }

    /** 生成案件: a new case awaiting assignment, its deadlines counted from {@code raisedOn}. */
    public static AssistanceCase open(
            HouseholdId householdId, AlertLevel level, LocalDate raisedOn, Deadline deadline) {
        CaseStep opened =
                new CaseStep(CaseAction.OPEN, raisedOn, CaseStatus.PENDING_ASSIGNMENT, "");
        return new AssistanceCase(
                householdId,
                level,
                CaseStatus.PENDING_ASSIGNMENT,
                raisedOn,
                raisedOn.plusDays(deadline.visitDays()),
                raisedOn.plusDays(deadline.disposalDays()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(opened));
    }

    /** 分派 (or 改派 before the visit): gives the case to a village assistant. */
    public AssistanceCase assign(String assistantId, LocalDate on) {
        requireAllowed(CaseAction.ASSIGN);
        if (assistantId.isBlank()) {
            throw new IllegalArgumentException("assistant id is blank");
        }
        CaseAction action = status == CaseStatus.ASSIGNED ? CaseAction.REASSIGN : CaseAction.ASSIGN;
        return then(action, on, CaseStatus.ASSIGNED, assistantId)
                .with(Optional.of(assistantId), visit, outcome);
    }

    /** 入户核实: records the home visit of the assigned assistant's team. */
    public AssistanceCase recordVisit(VisitRecord record) {
        requireAllowed(CaseAction.RECORD_VISIT);
        return then(CaseAction.RECORD_VISIT, record.visitedOn(), CaseStatus.VISITED, "")
                .with(assignee, Optional.of(record), outcome);
    }

    /** 核实无需救助: the visit found no need; the reason is kept in the history. */
    public AssistanceCase concludeNoAssistanceNeeded(LocalDate on, String reason) {
        requireAllowed(CaseAction.CONCLUDE_NO_ASSISTANCE_NEEDED);
        if (reason.isBlank()) {
            throw new IllegalArgumentException("no-need conclusion without a reason");
        }
        CaseStatus to = CaseStatus.NO_ASSISTANCE_NEEDED;
        return then(CaseAction.CONCLUDE_NO_ASSISTANCE_NEEDED, on, to, reason);
    }

    /** 处置: one of the four outcomes; 提交县级一事一议 leaves the case waiting for the county. */
    public AssistanceCase dispose(DisposalOutcome disposal, LocalDate on) {
        requireAllowed(CaseAction.DISPOSE);
        boolean toCounty = disposal == DisposalOutcome.ESCALATE_TO_COUNTY;
        CaseStatus to = toCounty ? CaseStatus.ESCALATED_TO_COUNTY : CaseStatus.DISPOSED;
        return then(CaseAction.DISPOSE, on, to, disposal.name())
                .with(assignee, visit, Optional.of(disposal));
    }

    /** 县级一事一议决定: the county coordination mechanism decided the escalated case. */
    public AssistanceCase decideByCounty(LocalDate on) {
        requireAllowed(CaseAction.DECIDE_BY_COUNTY);
        return then(CaseAction.DECIDE_BY_COUNTY, on, CaseStatus.DISPOSED, "");
    }

    /** 办结: closes a disposed case or one where no assistance was needed. */
    public AssistanceCase close(LocalDate on) {
        requireAllowed(CaseAction.CLOSE);
        return then(CaseAction.CLOSE, on, CaseStatus.CLOSED, "");
    }

    /**
     * 升级: the engine raised the level of this case, not yet closed (one case per household: a new
     * hit raises the level, it does not open a second case). The deadlines are recounted from
     * {@code raisedOn} with the new level's deadline, but never move later than they are.
     */
    public AssistanceCase escalateLevel(AlertLevel newLevel, Deadline deadline, LocalDate on) {
        requireAllowed(CaseAction.RAISE_LEVEL);
        if (!newLevel.isHigherThan(level)) {
            throw new IllegalArgumentException(
                    "case of household " + householdId + ": cannot lower or keep " + level);
        }
        if (on.isBefore(raisedOn)) {
            throw new IllegalArgumentException("level raised on " + on + ", before the case");
        }
        return new AssistanceCase(
                householdId,
                newLevel,
                status,
                raisedOn,
                earlier(visitDue, raisedOn.plusDays(deadline.visitDays())),
                earlier(disposalDue, raisedOn.plusDays(deadline.disposalDays())),
                assignee,
                visit,
                outcome,
                append(new CaseStep(CaseAction.RAISE_LEVEL, on, status, level + "->" + newLevel)));
    }

    /** Not yet 办结. */
    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isOverdue(LocalDate date) {
        return overdueKind(date).isPresent();
    }

    /**
     * 超期: before the visit, overdue for the visit the day after {@code visitDue}; after the visit
     * (or while the county decides), overdue for the disposal the day after {@code disposalDue};
     * never once disposed, concluded or closed.
     */
    public Optional<OverdueKind> overdueKind(LocalDate date) {
        if (status.awaitsVisit() && date.isAfter(visitDue)) {
            return Optional.of(OverdueKind.VISIT);
        }
        if (status.awaitsDisposal() && date.isAfter(disposalDue)) {
            return Optional.of(OverdueKind.DISPOSAL);
        }
        return Optional.empty();
    }

    /** The date of the latest step; a workflow step may not be dated before it. */
    public LocalDate lastStepOn() {
        return history.stream().map(CaseStep::on).max(LocalDate::compareTo).orElse(raisedOn);
    }

    private void requireAllowed(CaseAction action) {
        if (!action.isAllowedFrom(status)) {
            throw new IllegalCaseTransitionException(householdId, status, action);
        }
    }

    /** The case moved to {@code to} by a workflow step dated {@code on}. */
    private AssistanceCase then(CaseAction action, LocalDate on, CaseStatus to, String detail) {
        if (on.isBefore(lastStepOn())) {
            throw new IllegalArgumentException(
                    "case of household %s: %s on %s is before its last step on %s"
                            .formatted(householdId, action, on, lastStepOn()));
        }
        List<CaseStep> steps = append(new CaseStep(action, on, to, detail));
        return new AssistanceCase(
                householdId,
                level,
                to,
                raisedOn,
                visitDue,
                disposalDue,
                assignee,
                visit,
                outcome,
                steps);
    }

    private AssistanceCase with(
            Optional<String> newAssignee,
            Optional<VisitRecord> newVisit,
            Optional<DisposalOutcome> newOutcome) {
        return new AssistanceCase(
                householdId,
                level,
                status,
                raisedOn,
                visitDue,
                disposalDue,
                newAssignee,
                newVisit,
                newOutcome,
                history);
    }

    private List<CaseStep> append(CaseStep step) {
        List<CaseStep> steps = new ArrayList<>(history);
        steps.add(step);
        return steps;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Ids, level, status and dates only: the visit and reasons may hold personal information. */
    @Override
    public String toString() {
        return "AssistanceCase[household=%s, level=%s, status=%s, raisedOn=%s, visitDue=%s, disposalDue=%s, assignee=%s, steps=%d]"
                .formatted(
                        householdId,
                        level,
                        status,
                        raisedOn,
                        visitDue,
                        disposalDue,
                        assignee.orElse("-"),
                        history.size());
    }
}
