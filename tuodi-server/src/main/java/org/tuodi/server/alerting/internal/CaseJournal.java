package org.tuodi.server.alerting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tuodi.core.casework.CaseStatus;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;

/**
 * Writes what happened to a case twice, in the caller's transaction: a line of the case's history
 * (who, when, what, from which status to which, with the detail an officer reads) and an entry of
 * the platform's audit log ({@code CASE_<action>}, with ids only).
 */
@Component
class CaseJournal {

    /** The actor of what the engine decides. */
    static final String ENGINE = "engine";

    /** The actor of what the overdue sweep does. */
    static final String SWEEP = "sweep";

    private static final Logger log = LoggerFactory.getLogger(CaseJournal.class);

    private final JdbcCases cases;
    private final AuditLog audit;
    private final Clock clock;

    CaseJournal(JdbcCases cases, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /** One thing done to a case. {@code ids} is key=value text with ids only, for the audit. */
    record Entry(
            String actor,
            String action,
            LocalDate on,
            CaseStatus from,
            CaseStatus to,
            String detail,
            String ids) {}

    void record(CaseRow row, Entry entry) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        cases.addHistory(
                row.id(),
                new JdbcCases.HistoryLine(
                        now,
                        entry.on(),
                        entry.actor(),
                        entry.action(),
                        entry.from(),
                        entry.to(),
                        entry.detail()));
        String transition = (entry.from() == null ? "-" : entry.from()) + "->" + entry.to();
        String ids = "household=" + row.householdId() + " status=" + transition;
        audit.record(
                new AuditEntry(
                        entry.actor(),
                        "CASE_" + entry.action(),
                        "case",
                        Long.toString(row.id()),
                        entry.ids().isEmpty() ? ids : ids + " " + entry.ids()));
        log.info(
                "case={} action={} actor={} household={} status={}",
                row.id(),
                entry.action(),
                entry.actor(),
                row.householdId(),
                transition);
    }
}
