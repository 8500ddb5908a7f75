package org.tuodi.core.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.fixtures.Cases;
import org.tuodi.core.fixtures.Deadlines;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.core.rules.Deadline;

@DisplayName("一户一条救助链: a new hit raises the level of the open case, never opens a second one")
class CaseLevelEscalationTests {

    private static final LocalDate RAISED = Cases.RAISED_ON;

    @Test
    void raisingTheLevelShortensTheDeadlinesCountedFromTheOriginalAlert() {
        AssistanceCase general = Cases.aCase().assigned();

        AssistanceCase urgent =
                general.escalateLevel(AlertLevel.URGENT, Deadlines.urgent(), RAISED.plusDays(2));

        assertThat(urgent.level()).isEqualTo(AlertLevel.URGENT);
        assertThat(urgent.visitDue()).isEqualTo(RAISED.plusDays(3));
        assertThat(urgent.disposalDue()).isEqualTo(RAISED.plusDays(10));
        assertThat(urgent.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(urgent.history().get(urgent.history().size() - 1).action())
                .isEqualTo(CaseAction.RAISE_LEVEL);
    }

    @Test
    void neverMovesADeadlineLater() {
        AssistanceCase general = Cases.aCase().pendingAssignment();
        Deadline looserThanTheCurrent = new Deadline(20, 25);

        AssistanceCase raised =
                general.escalateLevel(AlertLevel.URGENT, looserThanTheCurrent, RAISED.plusDays(1));

        assertThat(raised.visitDue()).isEqualTo(RAISED.plusDays(15));
        assertThat(raised.disposalDue()).isEqualTo(RAISED.plusDays(25));
    }

    @Test
    void aCaseRaisedLateCanBeOverdueAtOnce() {
        AssistanceCase general = Cases.aCase().assigned();

        AssistanceCase urgent =
                general.escalateLevel(AlertLevel.URGENT, Deadlines.urgent(), RAISED.plusDays(6));

        assertThat(urgent.overdueKind(RAISED.plusDays(6))).contains(OverdueKind.VISIT);
    }

    @Test
    void raisesTheLevelOfAVisitedCaseAndKeepsItsStatus() {
        AssistanceCase visited = Cases.aCase().visited();

        AssistanceCase raised =
                visited.escalateLevel(AlertLevel.URGENT, Deadlines.urgent(), RAISED.plusDays(3));

        assertThat(raised.status()).isEqualTo(CaseStatus.VISITED);
        assertThat(raised.visit()).isEqualTo(visited.visit());
        assertThat(raised.disposalDue()).isEqualTo(RAISED.plusDays(10));
    }

    @Test
    void onlyRaisesNeverLowersOrKeeps() {
        AssistanceCase urgent = Cases.aCase().atLevel(AlertLevel.URGENT).assigned();
        AssistanceCase general = Cases.aCase().assigned();

        assertThatThrownBy(
                        () -> urgent.escalateLevel(AlertLevel.GENERAL, Deadlines.general(), RAISED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                general.escalateLevel(
                                        AlertLevel.GENERAL, Deadlines.general(), RAISED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cannotRaiseAClosedCase() {
        AssistanceCase closed = Cases.aCase().closed();

        assertThatThrownBy(
                        () -> closed.escalateLevel(AlertLevel.URGENT, Deadlines.urgent(), RAISED))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessageContaining("RAISE_LEVEL")
                .hasMessageContaining("CLOSED");
    }

    @Test
    void cannotBeRaisedOnADayBeforeTheAlert() {
        AssistanceCase general = Cases.aCase().pendingAssignment();

        assertThatThrownBy(
                        () ->
                                general.escalateLevel(
                                        AlertLevel.URGENT, Deadlines.urgent(), RAISED.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
