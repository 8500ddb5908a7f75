package org.tuodi.server.alerting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tuodi.core.casework.AssistanceCase;
import org.tuodi.core.casework.CaseStatus;
import org.tuodi.core.casework.CaseStep;
import org.tuodi.core.casework.DisposalOutcome;
import org.tuodi.core.casework.OverdueKind;
import org.tuodi.core.casework.VisitRecord;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.rules.AlertLevel;

/**
 * A row of {@code alerting_case}: the core's {@link AssistanceCase} as stored, plus what the server
 * adds (id, village, dates of the steps, overdue marking and oversight, version).
 *
 * @param escalatedTo {@code TOWN} or {@code COUNTY} once an overdue case was escalated, else null
 */
public record CaseRow(
        long id,
        HouseholdId householdId,
        RegionCode region,
        AlertLevel level,
        CaseStatus status,
        LocalDate raisedOn,
        LocalDate visitDue,
        LocalDate disposalDue,
        Long assigneeId,
        LocalDate visitedOn,
        LocalDate disposedOn,
        LocalDate closedOn,
        DisposalOutcome outcome,
        OverdueKind overdue,
        String escalatedTo,
        int version) {

    /** The state machine's case, from this row, its steps and its visit. */
    AssistanceCase toCase(List<CaseStep> steps, Optional<VisitRecord> visit) {
        return new AssistanceCase(
                householdId,
                level,
                status,
                raisedOn,
                visitDue,
                disposalDue,
                Optional.ofNullable(assigneeId).map(String::valueOf),
                visit,
                Optional.ofNullable(outcome),
                steps);
    }

    /** This row after the case moved on to {@code next}. */
    CaseRow movedTo(AssistanceCase next) {
        return new CaseRow(
                id,
                householdId,
                region,
                next.level(),
                next.status(),
                raisedOn,
                next.visitDue(),
                next.disposalDue(),
                next.assignee().map(Long::valueOf).orElse(null),
                next.visit().map(VisitRecord::visitedOn).orElse(visitedOn),
                disposedOn,
                closedOn,
                next.outcome().orElse(null),
                overdue,
                escalatedTo,
                version);
    }

    CaseRow withDisposedOn(LocalDate on) {
        return new CaseRow(
                id,
                householdId,
                region,
                level,
                status,
                raisedOn,
                visitDue,
                disposalDue,
                assigneeId,
                visitedOn,
                on,
                closedOn,
                outcome,
                overdue,
                escalatedTo,
                version);
    }

    CaseRow withClosedOn(LocalDate on) {
        return new CaseRow(
                id,
                householdId,
                region,
                level,
                status,
                raisedOn,
                visitDue,
                disposalDue,
                assigneeId,
                visitedOn,
                disposedOn,
                on,
                outcome,
                overdue,
                escalatedTo,
                version);
    }

    CaseRow withOversight(OverdueKind kind, String escalation) {
        return new CaseRow(
                id,
                householdId,
                region,
                level,
                status,
                raisedOn,
                visitDue,
                disposalDue,
                assigneeId,
                visitedOn,
                disposedOn,
                closedOn,
                outcome,
                kind,
                escalation,
                version);
    }
}
