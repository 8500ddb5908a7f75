package org.tuodi.server.alerting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuodi.core.assistance.Measure;
import org.tuodi.core.casework.AssistanceCase;
import org.tuodi.core.casework.CaseStatus;
import org.tuodi.core.casework.CaseStep;
import org.tuodi.core.casework.IllegalCaseTransitionException;
import org.tuodi.core.casework.VisitRecord;
import org.tuodi.core.region.RegionLevel;
import org.tuodi.server.alerting.AlertWorkflow;
import org.tuodi.server.alerting.internal.JdbcMeasures.FeedbackLine;
import org.tuodi.server.alerting.internal.JdbcMeasures.MeasureLine;
import org.tuodi.server.assessment.RiskAssessment;
import org.tuodi.server.platform.ConflictProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.Users;

/**
 * The case workflow: each step loads the case within the user's scope, checks the role, checks the
 * version the user saw, lets the core's {@link AssistanceCase} decide whether the step is allowed
 * and what follows, and only then writes: the case row ({@code UPDATE … WHERE version = ?}), the
 * step's own records, a history line and an audit entry, in one transaction. Steps are dated with
 * the clock's date, except the visit, which carries its own. The class is longer than the style
 * guide's 150 lines because the eight steps read best side by side; the shared work is in {@link
 * #transition} and {@link #commit}.
 */
@Service
class CaseTransitions implements AlertWorkflow {

    static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    private final JdbcCases cases;
    private final JdbcVisits visits;
    private final JdbcMeasures measures;
    private final CaseScope scope;
    private final CaseJournal journal;
    private final AssistanceMeasures planner;
    private final RiskAssessment assessment;
    private final Users users;
    private final Clock clock;

    CaseTransitions(
            JdbcCases cases,
            JdbcVisits visits,
            JdbcMeasures measures,
            CaseScope scope,
            CaseJournal journal,
            AssistanceMeasures planner,
            RiskAssessment assessment,
            Users users,
            Clock clock) {
        this.cases = cases;
        this.visits = visits;
        this.measures = measures;
        this.scope = scope;
        this.journal = journal;
        this.planner = planner;
        this.assessment = assessment;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CaseState assign(CurrentUser user, long caseId, int version, long assigneeId) {
        CaseRow row = scope.visible(user, caseId);
        CaseScope.requireOfficer(user, RegionLevel.TOWN, "assignment");
        boolean isVillageAssistant =
                users.find(assigneeId)
                        .filter(u -> u.role() == Role.VILLAGE_ASSISTANT)
                        .filter(u -> u.covers(row.region()))
                        .isPresent();
        if (!isVillageAssistant) {
            throw new InvalidInputProblem(
                    "assigneeId", "not an assistant (协理员) of the case's village");
        }
        AssistanceCase next =
                transition(
                        row,
                        version,
                        "assigneeId",
                        c -> c.assign(Long.toString(assigneeId), today()));
        return commit(user, row, next, version, r -> r, null, "assignee=" + assigneeId);
    }

    @Override
    @Transactional
    public CaseState recordVisit(CurrentUser user, long caseId, int version, VisitRecord visit) {
        CaseRow row = scope.visible(user, caseId);
        CaseScope.requireAssigneeOrOfficer(user, row, "the visit");
        if (visit.visitedOn().isAfter(today())) {
            throw new InvalidInputProblem("visitedOn", "a visit cannot be dated in the future");
        }
        AssistanceCase next = transition(row, version, "visitedOn", c -> c.recordVisit(visit));
        CaseState state =
                commit(
                        user,
                        row,
                        next,
                        version,
                        r -> r,
                        null,
                        "investigators=" + visit.investigators().size());
        visits.insert(caseId, visit, user.username(), now());
        measures.insert(caseId, JdbcMeasures.PREFILLED, planner.prefill(row, visit));
        return state;
    }

    @Override
    @Transactional
    public long addPhoto(CurrentUser user, long caseId, String contentType, byte[] content) {
        CaseRow row = scope.visible(user, caseId);
        CaseScope.requireAssigneeOrOfficer(user, row, "a photo");
        if (row.status() == CaseStatus.CLOSED) {
            throw new ConflictProblem("case " + caseId + " is closed");
        }
        if (content.length == 0 || content.length > MAX_PHOTO_BYTES) {
            throw new InvalidInputProblem("photo", "a photo has 1 byte to 5 MB");
        }
        if (!Photos.isImage(contentType, content)) {
            throw new InvalidInputProblem("photo", "a photo is a JPEG or PNG image");
        }
        long id = visits.insertPhoto(caseId, contentType, content, user.username(), now());
        journal.record(
                row,
                new CaseJournal.Entry(
                        user.username(),
                        "PHOTO",
                        today(),
                        row.status(),
                        row.status(),
                        "photo " + id,
                        "photo=" + id));
        return id;
    }

    @Override
    @Transactional
    public CaseState dispose(CurrentUser user, long caseId, int version, Disposal disposal) {
        CaseRow row = scope.visible(user, caseId);
        CaseScope.requireOfficer(user, RegionLevel.TOWN, "the disposal");
        AssistanceCase next =
                transition(row, version, "outcome", c -> c.dispose(disposal.outcome(), today()));
        List<MeasureLine> decided =
                planner.decide(
                        measures.of(caseId, JdbcMeasures.PREFILLED),
                        disposal.measures(),
                        disposal.editReason());
        boolean done = next.status() == CaseStatus.DISPOSED;
        CaseState state =
                commit(
                        user,
                        row,
                        next,
                        version,
                        r -> done ? r.withDisposedOn(today()) : r,
                        null,
                        "outcome=" + disposal.outcome() + " measures=" + decided.size());
        measures.insert(caseId, JdbcMeasures.DECIDED, decided);
        return state;
    }

    @Override
    @Transactional
    public CaseState decideByCounty(CurrentUser user, long caseId, int version, String decision) {
        CaseRow row = scope.visible(user, caseId);
        CaseScope.requireOfficer(user, RegionLevel.COUNTY, "the county decision");
        AssistanceCase next = transition(row, version, "decision", c -> c.decideByCounty(today()));
        if (decision == null || decision.isBlank()) {
            throw new InvalidInputProblem("decision", "the county's decision is required");
        }
        return commit(user, row, next, version, r -> r.withDisposedOn(today()), decision, "");
    }

    @Override
    @Transactional
    public CaseState concludeNoAssistanceNeeded(
            CurrentUser user, long caseId, int version, String reason) {
        CaseRow row = scope.visible(user, caseId);
        CaseScope.requireOfficer(user, RegionLevel.TOWN, "the no-need conclusion");
        String why = reason == null ? "" : reason;
        AssistanceCase next =
                transition(row, version, "reason", c -> c.concludeNoAssistanceNeeded(today(), why));
        return commit(user, row, next, version, r -> r, null, "");
    }

    @Override
    @Transactional
    public CaseState recordReferralFeedback(
            CurrentUser user, long caseId, int version, Measure measure, String result) {
        CaseRow row = scope.visible(user, caseId);
        CaseScope.requireOfficer(user, RegionLevel.TOWN, "referral feedback");
        requireVersion(row, version);
        if (row.status() != CaseStatus.DISPOSED) {
            throw new ConflictProblem(
                    "case "
                            + caseId
                            + ": referral feedback needs a disposed case, not "
                            + row.status());
        }
        MeasureLine referred =
                measures.of(caseId, JdbcMeasures.DECIDED).stream()
                        .filter(m -> m.measure() == measure && m.referredTo() != null)
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new InvalidInputProblem(
                                                "measure", "not a referred measure of this case"));
        if (result == null || result.isBlank()) {
            throw new InvalidInputProblem("result", "the department's result is required");
        }
        int newVersion = cases.update(row, version, now()).orElseThrow(() -> stale(caseId));
        measures.insertFeedback(
                caseId,
                new FeedbackLine(
                        measure, referred.referredTo(), result.strip(), today(), user.username()),
                now());
        journal.record(
                row,
                new CaseJournal.Entry(
                        user.username(),
                        "REFERRAL_FEEDBACK",
                        today(),
                        row.status(),
                        row.status(),
                        result.strip(),
                        "measure=" + measure + " department=" + referred.referredTo()));
        return new CaseState(caseId, row.status(), row.level(), newVersion);
    }

    @Override
    @Transactional
    public CaseState close(CurrentUser user, long caseId, int version) {
        CaseRow row = scope.visible(user, caseId);
        CaseScope.requireOfficer(user, RegionLevel.TOWN, "closing");
        AssistanceCase next = transition(row, version, "", c -> c.close(today()));
        CaseState state = commit(user, row, next, version, r -> r.withClosedOn(today()), null, "");
        assessment.closeCase(row.householdId());
        return state;
    }

    /**
     * The case after the step, as the state machine decides it; nothing is written. A stale version
     * or a step the status does not allow is a conflict; a step the state machine refuses for its
     * input (a visit dated before the last step, a blank reason) is invalid input.
     */
    private AssistanceCase transition(
            CaseRow row, int version, String field, UnaryOperator<AssistanceCase> step) {
        requireVersion(row, version);
        AssistanceCase current = row.toCase(cases.steps(row.id()), visits.record(row.id()));
        try {
            return step.apply(current);
        } catch (IllegalCaseTransitionException e) {
            throw new ConflictProblem(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem(field, e.getMessage());
        }
    }

    /** Writes the case as it moved to {@code next}, with its history line and audit entry. */
    private CaseState commit(
            CurrentUser user,
            CaseRow row,
            AssistanceCase next,
            int version,
            UnaryOperator<CaseRow> adjust,
            String detail,
            String ids) {
        CaseRow moved = adjust.apply(row.movedTo(next));
        moved = moved.withOversight(next.overdueKind(today()).orElse(null), moved.escalatedTo());
        int newVersion = cases.update(moved, version, now()).orElseThrow(() -> stale(row.id()));
        CaseStep step = next.history().get(next.history().size() - 1);
        journal.record(
                moved,
                new CaseJournal.Entry(
                        user.username(),
                        step.action().name(),
                        step.on(),
                        row.status(),
                        next.status(),
                        detail == null ? step.detail() : detail,
                        ids));
        return new CaseState(row.id(), next.status(), next.level(), newVersion);
    }

    private static void requireVersion(CaseRow row, int version) {
        if (row.version() != version) {
            throw stale(row.id());
        }
    }

    private static ConflictProblem stale(long caseId) {
        return new ConflictProblem(
                "case " + caseId + " was changed by someone else: reload it (stale version)");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
