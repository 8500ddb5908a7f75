package org.tuodi.server.alerting;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tuodi.core.assistance.Measure;
import org.tuodi.core.assistance.RecommendationStatus;
import org.tuodi.core.casework.CaseStatus;
import org.tuodi.core.casework.DisposalOutcome;
import org.tuodi.core.casework.VisitRecord;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.core.shared.Yuan;
import org.tuodi.server.platform.CurrentUser;

/**
 * 预警处置流程: the alerting module's API, the work done on a household's case after the engine raised
 * it. Each call is one transition of the case state machine ({@link
 * org.tuodi.core.casework.AssistanceCase}), made by a user within whose region the case lies and
 * whose role allows it, against the case version the user last saw.
 *
 * <p>Failures: a case outside the user's scope is not found ({@code NotFoundProblem}); a role that
 * may not do the step is denied ({@code AccessDeniedProblem}); a stale version or a step the state
 * machine does not allow from the current status is a conflict ({@code ConflictProblem}); invalid
 * input (fewer than two investigators, a visit dated before the last step, a missing edit reason)
 * is {@code InvalidInputProblem}. Nothing changes when a call fails.
 */
public interface AlertWorkflow {

    /** 分派 / 改派: town officers and above give the case to a village assistant. */
    CaseState assign(CurrentUser user, long caseId, int version, long assigneeId);

    /**
     * 入户核实: the assigned assistant or a town officer records the visit; the measures the assistance
     * policies recommend on its findings are stored as the prefilled measures.
     */
    CaseState recordVisit(CurrentUser user, long caseId, int version, VisitRecord visit);

    /** 入户照片: adds a JPEG or PNG photo (at most 5 MB) to an open case; returns the photo id. */
    long addPhoto(CurrentUser user, long caseId, String contentType, byte[] content);

    /** 处置: town officers decide one of the four outcomes with the measures. */
    CaseState dispose(CurrentUser user, long caseId, int version, Disposal disposal);

    /** 县级一事一议决定: county officers decide a case escalated to the county. */
    CaseState decideByCounty(CurrentUser user, long caseId, int version, String decision);

    /** 核实无需救助: town officers conclude that the visit found no need, with the reason. */
    CaseState concludeNoAssistanceNeeded(CurrentUser user, long caseId, int version, String reason);

    /** 转介反馈: the department's result for a referred measure of a disposed case. */
    CaseState recordReferralFeedback(
            CurrentUser user, long caseId, int version, Measure measure, String result);

    /** 办结: town officers close a disposed case; its evidence is consumed by the engine. */
    CaseState close(CurrentUser user, long caseId, int version);

    /** A case after a transition: what a client needs for its next call. */
    record CaseState(long id, CaseStatus status, AlertLevel level, int version) {}

    /**
     * One decided measure. {@code reason} may be empty when the measure is one of the prefilled
     * ones: the prefilled reason is kept.
     */
    record MeasureDecision(
            Measure measure, RecommendationStatus status, Optional<Yuan> amount, String reason) {
        public MeasureDecision {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(amount, "amount");
            reason = reason == null ? "" : reason.strip();
        }
    }

    /**
     * A disposal: the outcome, the measures decided and, when they differ from the prefilled ones
     * (measure, status or amount), the reason for the edit.
     */
    record Disposal(DisposalOutcome outcome, List<MeasureDecision> measures, String editReason) {
        public Disposal {
            Objects.requireNonNull(outcome, "outcome");
            measures = List.copyOf(measures);
            editReason = editReason == null ? "" : editReason.strip();
        }
    }
}
