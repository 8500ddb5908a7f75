package org.tuodi.server.alerting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.Member;
import org.tuodi.server.alerting.internal.CaseDocuments;
import org.tuodi.server.alerting.internal.CaseRow;
import org.tuodi.server.alerting.internal.JdbcCases;
import org.tuodi.server.alerting.internal.JdbcDecisions;
import org.tuodi.server.alerting.internal.JdbcMeasures;
import org.tuodi.server.alerting.internal.JdbcMeasures.MeasureLine;
import org.tuodi.server.alerting.internal.JdbcVisits;
import org.tuodi.server.alerting.web.CaseViews.CaseDetailView;
import org.tuodi.server.alerting.web.CaseViews.DecisionView;
import org.tuodi.server.alerting.web.CaseViews.FeedbackView;
import org.tuodi.server.alerting.web.CaseViews.HistoryView;
import org.tuodi.server.alerting.web.CaseViews.HouseholdView;
import org.tuodi.server.alerting.web.CaseViews.MeasureView;
import org.tuodi.server.alerting.web.CaseViews.MemberView;
import org.tuodi.server.alerting.web.CaseViews.VisitView;
import org.tuodi.server.registry.HouseholdRegistry;

/** Puts a case page together: the case, its household (masked), decisions, visit, measures. */
@Component
public class CaseDetails {

    private final JdbcCases cases;
    private final JdbcDecisions decisions;
    private final JdbcVisits visits;
    private final JdbcMeasures measures;
    private final CaseDocuments documents;
    private final HouseholdRegistry registry;
    private final Clock clock;

    CaseDetails(
            JdbcCases cases,
            JdbcDecisions decisions,
            JdbcVisits visits,
            JdbcMeasures measures,
            CaseDocuments documents,
            HouseholdRegistry registry,
            Clock clock) {
        this.cases = cases;
        this.decisions = decisions;
        this.visits = visits;
        this.measures = measures;
        this.documents = documents;
        this.registry = registry;
        this.clock = clock;
    }

    public CaseDetailView of(CaseRow r) {
        return new CaseDetailView(
                r.id(),
                r.version(),
                r.status().name(),
                r.level().name(),
                r.region().value(),
                r.raisedOn(),
                r.visitDue(),
                r.disposalDue(),
                r.assigneeId(),
                r.visitedOn(),
                r.disposedOn(),
                r.closedOn(),
                r.outcome() == null ? null : r.outcome().name(),
                r.overdue() == null ? null : r.overdue().name(),
                r.escalatedTo(),
                registry.find(r.householdId()).map(this::household).orElse(null),
                decisions.ofCase(r.id()).stream()
                        .map(
                                d ->
                                        new DecisionView(
                                                d.id(),
                                                d.decision(),
                                                d.level(),
                                                d.score(),
                                                d.asOf(),
                                                d.ruleSetId(),
                                                d.ruleSetVersion(),
                                                d.ruleSetHash(),
                                                documents.tree(d.receipt())))
                        .toList(),
                visits.find(r.id())
                        .map(
                                v ->
                                        new VisitView(
                                                v.visitedOn(),
                                                v.investigators(),
                                                documents.tree(v.findings()),
                                                v.remarks(),
                                                v.familySigned(),
                                                v.recordedBy(),
                                                visits.photos(r.id())))
                        .orElse(null),
                measures(r.id(), "PREFILLED"),
                measures(r.id(), "DECIDED"),
                measures.feedback(r.id()).stream()
                        .map(
                                f ->
                                        new FeedbackView(
                                                f.measure().name(),
                                                f.department().name(),
                                                f.result(),
                                                f.fedBackOn(),
                                                f.recordedBy()))
                        .toList(),
                cases.history(r.id()).stream()
                        .map(
                                h ->
                                        new HistoryView(
                                                h.at(),
                                                h.on(),
                                                h.actor(),
                                                h.action(),
                                                h.from() == null ? null : h.from().name(),
                                                h.to().name(),
                                                h.detail()))
                        .toList());
    }

    private List<MeasureView> measures(long caseId, String stage) {
        return measures.of(caseId, stage).stream().map(CaseDetails::measure).toList();
    }

    private static MeasureView measure(MeasureLine m) {
        return new MeasureView(
                m.measure().name(),
                m.measure().term(),
                m.status().name(),
                m.amount().map(Object::toString).orElse(null),
                m.reason(),
                m.policyName(),
                m.policySource(),
                m.editedReason(),
                m.referredTo() == null ? null : m.referredTo().name());
    }

    private HouseholdView household(Household h) {
        LocalDate today = LocalDate.now(clock);
        return new HouseholdView(
                h.id().value(),
                h.region().value(),
                h.categories().stream().map(Enum::name).toList(),
                h.residence().name(),
                h.perCapitaMonthlyIncome().toString(),
                h.members().stream().map(m -> member(m, today)).toList());
    }

    private static MemberView member(Member m, LocalDate today) {
        return new MemberView(
                m.id().masked(),
                m.maskedName(),
                m.relation().name(),
                m.ageOn(today),
                m.seriousIllness(),
                m.disability().map(d -> d.type() + " " + d.grade()).orElse(null));
    }
}
