package org.tuodi.server.alerting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuodi.core.casework.AssistanceCase;
import org.tuodi.core.casework.OverdueKind;

/**
 * 超期督办: marks open cases overdue and escalates their oversight, case by case, each in its own
 * transaction (a case changed by a user meanwhile is left for the next run).
 *
 * <p>Overdue is the core's rule ({@link AssistanceCase#overdueKind}): not visited the day after the
 * visit deadline, or visited but not disposed the day after the disposal deadline. Escalation (督办),
 * one level above whoever is late, and never lowered:
 *
 * <ul>
 *   <li>a visit overdue → {@code TOWN} (the town office follows up on its assistant);
 *   <li>a visit overdue by more than the visit deadline again (today after visitDue + (visitDue −
 *       raisedOn)) → {@code COUNTY};
 *   <li>a disposal overdue → {@code COUNTY} (disposal is the town office's own step).
 * </ul>
 *
 * Once a case is no longer overdue (it moved on), {@code overdue} is cleared; {@code escalated_to}
 * stays as the record that it was escalated.
 */
@Component
public class OverdueOversight {

    static final String TOWN = "TOWN";
    static final String COUNTY = "COUNTY";

    private static final Logger log = LoggerFactory.getLogger(OverdueOversight.class);

    private final JdbcCases cases;
    private final CaseJournal journal;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OverdueOversight(
            JdbcCases cases, CaseJournal journal, TransactionTemplate transactions, Clock clock) {
        this.cases = cases;
        this.journal = journal;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Marks and escalates as of the date; the number of cases changed. */
    public int markOverdue(LocalDate today) {
        int changed = 0;
        for (CaseRow row : cases.dueBefore(today)) {
            Boolean done = transactions.execute(tx -> mark(row, today));
            changed += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        log.info("overdue_sweep=done date={} changed={}", today, changed);
        return changed;
    }

    private boolean mark(CaseRow row, LocalDate today) {
        AssistanceCase current = row.toCase(cases.steps(row.id()), Optional.empty());
        OverdueKind kind = current.overdueKind(today).orElse(null);
        String escalation = higher(row.escalatedTo(), escalationFor(kind, row, today));
        if (kind == row.overdue() && Objects.equals(escalation, row.escalatedTo())) {
            return false;
        }
        CaseRow marked = row.withOversight(kind, escalation);
        if (cases.update(marked, row.version(), OffsetDateTime.now(clock)).isEmpty()) {
            log.info("overdue_sweep=skipped case={} reason=changed_meanwhile", row.id());
            return false;
        }
        boolean escalated = !Objects.equals(escalation, row.escalatedTo());
        journal.record(
                marked,
                new CaseJournal.Entry(
                        CaseJournal.SWEEP,
                        escalated ? "ESCALATE_OVERSIGHT" : "MARK_OVERDUE",
                        today,
                        row.status(),
                        row.status(),
                        "overdue=" + (kind == null ? "none" : kind) + " escalated_to=" + escalation,
                        "overdue=" + kind + " escalated_to=" + escalation));
        return true;
    }

    static String escalationFor(OverdueKind kind, CaseRow row, LocalDate today) {
        if (kind == null) {
            return null;
        }
        if (kind == OverdueKind.DISPOSAL) {
            return COUNTY;
        }
        long visitDays = ChronoUnit.DAYS.between(row.raisedOn(), row.visitDue());
        return today.isAfter(row.visitDue().plusDays(visitDays)) ? COUNTY : TOWN;
    }

    private static String higher(String a, String b) {
        if (COUNTY.equals(a) || COUNTY.equals(b)) {
            return COUNTY;
        }
        return a != null ? a : b;
    }
}
