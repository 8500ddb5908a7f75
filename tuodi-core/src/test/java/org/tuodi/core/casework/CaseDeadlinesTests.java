package org.tuodi.core.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuodi.core.fixtures.Cases;
import org.tuodi.core.rules.AlertLevel;

@DisplayName("处置时限: calendar days from the alert, per level; overdue from the day after")
class CaseDeadlinesTests {

    private static final LocalDate RAISED = Cases.RAISED_ON;

    @ParameterizedTest(name = "{0}: visit by +{1} days, disposal by +{2} days")
    @CsvSource({"GENERAL, 15, 30", "URGENT, 3, 10"})
    void countsTheDeadlinesOfItsLevelFromTheDayItWasRaised(
            AlertLevel level, int visitDays, int disposalDays) {
        AssistanceCase opened = Cases.aCase().atLevel(level).pendingAssignment();

        assertThat(opened.visitDue()).isEqualTo(RAISED.plusDays(visitDays));
        assertThat(opened.disposalDue()).isEqualTo(RAISED.plusDays(disposalDays));
    }

    @ParameterizedTest(name = "{0} days after the alert: overdue for the visit = {1}")
    @CsvSource({"0, false", "15, false", "16, true", "40, true"})
    void isOverdueForTheVisitOnlyAfterTheVisitDueDate(int daysAfter, boolean overdue) {
        AssistanceCase assigned = Cases.aCase().assigned();

        LocalDate day = RAISED.plusDays(daysAfter);

        assertThat(assigned.isOverdue(day)).isEqualTo(overdue);
        assertThat(assigned.overdueKind(day).isPresent()).isEqualTo(overdue);
        if (overdue) {
            assertThat(assigned.overdueKind(day)).contains(OverdueKind.VISIT);
        }
    }

    @Test
    void aPendingCaseIsOverdueForTheVisitToo() {
        AssistanceCase pending = Cases.aCase().atLevel(AlertLevel.URGENT).pendingAssignment();

        assertThat(pending.overdueKind(RAISED.plusDays(3))).isEmpty();
        assertThat(pending.overdueKind(RAISED.plusDays(4))).contains(OverdueKind.VISIT);
    }

    @ParameterizedTest(name = "{0} days after the alert: overdue for the disposal = {1}")
    @CsvSource({"16, false", "30, false", "31, true"})
    void isOverdueForTheDisposalOnlyAfterTheDisposalDueDate(int daysAfter, boolean overdue) {
        AssistanceCase visited = Cases.aCase().visited();

        LocalDate day = RAISED.plusDays(daysAfter);

        assertThat(visited.overdueKind(day).isPresent()).isEqualTo(overdue);
        if (overdue) {
            assertThat(visited.overdueKind(day)).contains(OverdueKind.DISPOSAL);
        }
    }

    @Test
    void aCaseAwaitingTheCountyIsOverdueForTheDisposalAfterItsDueDate() {
        AssistanceCase escalated = Cases.aCase().escalatedToCounty();

        assertThat(escalated.overdueKind(RAISED.plusDays(30))).isEmpty();
        assertThat(escalated.overdueKind(RAISED.plusDays(31))).contains(OverdueKind.DISPOSAL);
    }

    @Test
    void disposedConcludedAndClosedCasesAreNeverOverdue() {
        LocalDate muchLater = RAISED.plusYears(1);

        assertThat(Cases.aCase().disposed().isOverdue(muchLater)).isFalse();
        assertThat(Cases.aCase().noAssistanceNeeded().isOverdue(muchLater)).isFalse();
        assertThat(Cases.aCase().closed().isOverdue(muchLater)).isFalse();
    }
}
