package org.tuodi.server.alerting.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tuodi.server.alerting.internal.CaseRow;
import org.tuodi.server.alerting.internal.JdbcVisits.PhotoLine;
import tools.jackson.databind.JsonNode;

/**
 * What the case API answers. Identity numbers and names are masked; the receipts say why each alert
 * was raised: every indicator that hit, its value against its threshold, its score and the records
 * that are its evidence.
 */
public final class CaseViews {

    private CaseViews() {}

    public record CaseSummaryView(
            long id,
            String householdId,
            String regionCode,
            String level,
            String status,
            LocalDate raisedOn,
            LocalDate visitDue,
            LocalDate disposalDue,
            Long assigneeId,
            String overdue,
            String escalatedTo,
            int version) {

        public static CaseSummaryView of(CaseRow r) {
            return new CaseSummaryView(
                    r.id(),
                    r.householdId().value(),
                    r.region().value(),
                    r.level().name(),
                    r.status().name(),
                    r.raisedOn(),
                    r.visitDue(),
                    r.disposalDue(),
                    r.assigneeId(),
                    r.overdue() == null ? null : r.overdue().name(),
                    r.escalatedTo(),
                    r.version());
        }
    }

    public record CasePage(List<CaseSummaryView> items, int page, int size, long total) {}

    public record MemberView(
            String idNumberMasked,
            String nameMasked,
            String relation,
            int age,
            boolean seriousIllness,
            String disability) {}

    public record HouseholdView(
            String id,
            String regionCode,
            List<String> categories,
            String residence,
            String perCapitaMonthlyIncome,
            List<MemberView> members) {}

    public record DecisionView(
            long id,
            String decision,
            String level,
            int score,
            LocalDate asOf,
            String ruleSetId,
            String ruleSetVersion,
            String ruleSetHash,
            JsonNode receipt) {}

    public record VisitView(
            LocalDate visitedOn,
            List<String> investigators,
            JsonNode findings,
            String remarks,
            boolean familySigned,
            String recordedBy,
            List<PhotoLine> photos) {}

    public record MeasureView(
            String measure,
            String term,
            String status,
            String amount,
            String reason,
            String policyName,
            String policySource,
            String editedReason,
            String referredTo) {}

    public record FeedbackView(
            String measure,
            String department,
            String result,
            LocalDate fedBackOn,
            String recordedBy) {}

    public record HistoryView(
            OffsetDateTime at,
            LocalDate on,
            String actor,
            String action,
            String from,
            String to,
            String detail) {}

    public record CaseDetailView(
            long id,
            int version,
            String status,
            String level,
            String regionCode,
            LocalDate raisedOn,
            LocalDate visitDue,
            LocalDate disposalDue,
            Long assigneeId,
            LocalDate visitedOn,
            LocalDate disposedOn,
            LocalDate closedOn,
            String outcome,
            String overdue,
            String escalatedTo,
            HouseholdView household,
            List<DecisionView> decisions,
            VisitView visit,
            List<MeasureView> prefilledMeasures,
            List<MeasureView> decidedMeasures,
            List<FeedbackView> referralFeedback,
            List<HistoryView> history) {}
}
