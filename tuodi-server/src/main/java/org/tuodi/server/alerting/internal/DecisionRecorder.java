package org.tuodi.server.alerting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tuodi.core.casework.AssistanceCase;
import org.tuodi.core.casework.CaseStatus;
import org.tuodi.core.casework.CaseStep;
import org.tuodi.core.engine.AlertDecision;
import org.tuodi.core.household.Household;
import org.tuodi.server.assessment.AlertsDecided;
import org.tuodi.server.assessment.RiskAssessment;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * Turns the engine's decisions into cases, inside the transaction that assessed the record (the
 * listener runs synchronously; if it fails, the record and the engine state are rolled back too).
 *
 * <ul>
 *   <li>{@code RAISE} opens the household's case with the deadlines of its level, counted from the
 *       day the platform raised it (the clock date, not the decision's event-time date: a record
 *       that arrives late must not make a case overdue at birth). If the village has an assistant
 *       the case is assigned to it at once (已分派), else it waits for the town (待分派).
 *   <li>{@code ESCALATE} raises the open case's level; its deadlines are recounted, never later.
 *   <li>{@code ADD_EVIDENCE} appends the decision to the open case.
 * </ul>
 *
 * Every decision is stored with its receipt. Should the engine's view and the cases disagree (a
 * raise while a case is open, after an engine state was reset), the decision goes to the open case
 * rather than failing the feed. (A little over 150 lines: the three decisions side by side.)
 */
@Component
class DecisionRecorder {

    private static final Logger log = LoggerFactory.getLogger(DecisionRecorder.class);

    private final JdbcCases cases;
    private final JdbcDecisions decisions;
    private final CaseJournal journal;
    private final RiskAssessment assessment;
    private final HouseholdRegistry registry;
    private final Clock clock;

    DecisionRecorder(
            JdbcCases cases,
            JdbcDecisions decisions,
            CaseJournal journal,
            RiskAssessment assessment,
            HouseholdRegistry registry,
            Clock clock) {
        this.cases = cases;
        this.decisions = decisions;
        this.journal = journal;
        this.assessment = assessment;
        this.registry = registry;
        this.clock = clock;
    }

    @EventListener
    void on(AlertsDecided decided) {
        for (AlertDecision decision : decided.decisions()) {
            record(decided.household(), decision);
        }
    }

    private void record(Household household, AlertDecision decision) {
        LocalDate today = LocalDate.now(clock);
        Optional<CaseRow> open = cases.lockOpenCaseOf(household.id());
        if (open.isEmpty()) {
            if (!(decision instanceof AlertDecision.Raise)) {
                log.warn(
                        "decision={} household={} open_case=none: opening one",
                        decision.code(),
                        household.id());
            }
            open(household, decision, today);
        } else if (decision.level().isHigherThan(open.get().level())) {
            escalate(open.get(), decision, today);
        } else {
            addEvidence(open.get(), decision, today);
        }
    }

    private void open(Household household, AlertDecision decision, LocalDate today) {
        AssistanceCase opened =
                AssistanceCase.open(
                        household.id(),
                        decision.level(),
                        today,
                        assessment.deadline(decision.level()));
        Optional<Long> assistant = registry.assistantOf(household.region());
        AssistanceCase routed =
                assistant.map(id -> opened.assign(Long.toString(id), today)).orElse(opened);
        CaseRow row =
                new CaseRow(
                        0,
                        household.id(),
                        household.region(),
                        routed.level(),
                        routed.status(),
                        today,
                        routed.visitDue(),
                        routed.disposalDue(),
                        assistant.orElse(null),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0);
        long id = cases.insert(row, now());
        CaseRow stored = cases.find(id).orElseThrow();
        decisions.insert(id, decision, now());
        CaseStatus from = null;
        for (CaseStep step : routed.history()) {
            String ids = "level=" + decision.level() + " score=" + decision.receipt().score();
            if (!step.detail().isEmpty()) {
                ids = "assignee=" + step.detail();
            }
            journal.record(
                    stored,
                    new CaseJournal.Entry(
                            CaseJournal.ENGINE,
                            step.action().name(),
                            step.on(),
                            from,
                            step.status(),
                            step.detail(),
                            ids));
            from = step.status();
        }
    }

    private void escalate(CaseRow row, AlertDecision decision, LocalDate today) {
        AssistanceCase current = row.toCase(cases.steps(row.id()), Optional.empty());
        LocalDate on = today.isBefore(row.raisedOn()) ? row.raisedOn() : today;
        AssistanceCase next =
                current.escalateLevel(decision.level(), assessment.deadline(decision.level()), on);
        CaseRow moved = row.movedTo(next);
        if (cases.update(moved, row.version(), now()).isEmpty()) {
            throw new IllegalStateException("case " + row.id() + " changed while locked");
        }
        decisions.insert(row.id(), decision, now());
        CaseStep step = next.history().get(next.history().size() - 1);
        journal.record(
                moved,
                new CaseJournal.Entry(
                        CaseJournal.ENGINE,
                        step.action().name(),
                        on,
                        row.status(),
                        row.status(),
                        step.detail(),
                        "level=" + row.level() + "->" + decision.level()));
    }

    private void addEvidence(CaseRow row, AlertDecision decision, LocalDate today) {
        long id = decisions.insert(row.id(), decision, now());
        journal.record(
                row,
                new CaseJournal.Entry(
                        CaseJournal.ENGINE,
                        "ADD_EVIDENCE",
                        today,
                        row.status(),
                        row.status(),
                        decision.code() + " " + decision.receipt().evidence(),
                        "decision=" + id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
