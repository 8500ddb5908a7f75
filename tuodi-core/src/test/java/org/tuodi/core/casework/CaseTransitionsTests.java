package org.tuodi.core.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tuodi.core.fixtures.Cases;
import org.tuodi.core.fixtures.Deadlines;
import org.tuodi.core.fixtures.Visits;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.rules.AlertLevel;

@DisplayName("一户一案: 待分派 → 已分派 → 已入户核实 → 已处置 → 已办结")
class CaseTransitionsTests {

    private static final LocalDate RAISED = Cases.RAISED_ON;

    @Test
    void opensAwaitingAssignmentWithOnlyTheOpeningStep() {
        AssistanceCase opened =
                AssistanceCase.open(
                        new HouseholdId("H0001"), AlertLevel.GENERAL, RAISED, Deadlines.general());

        assertThat(opened.status()).isEqualTo(CaseStatus.PENDING_ASSIGNMENT);
        assertThat(opened.assignee()).isEmpty();
        assertThat(opened.isOpen()).isTrue();
        assertThat(opened.history()).extracting(CaseStep::action).containsExactly(CaseAction.OPEN);
    }

    @Test
    void assignsAPendingCaseToAVillageAssistant() {
        AssistanceCase pending = Cases.aCase().pendingAssignment();

        AssistanceCase assigned = pending.assign("assistant-01", RAISED.plusDays(1));

        assertThat(assigned.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(assigned.assignee()).contains("assistant-01");
        assertThat(pending.status())
                .as("the old case is unchanged")
                .isEqualTo(CaseStatus.PENDING_ASSIGNMENT);
    }

    @Test
    void reassignsAnAssignedCaseBeforeTheVisit() {
        AssistanceCase assigned = Cases.aCase().assigned();

        AssistanceCase reassigned = assigned.assign("assistant-02", RAISED.plusDays(2));

        assertThat(reassigned.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(reassigned.assignee()).contains("assistant-02");
        assertThat(reassigned.history())
                .extracting(CaseStep::action)
                .containsExactly(CaseAction.OPEN, CaseAction.ASSIGN, CaseAction.REASSIGN);
    }

    @Test
    void recordsTheHomeVisitOfAnAssignedCase() {
        AssistanceCase assigned = Cases.aCase().assigned();

        AssistanceCase visited =
                assigned.recordVisit(Visits.aVisit().on(RAISED.plusDays(2)).build());

        assertThat(visited.status()).isEqualTo(CaseStatus.VISITED);
        assertThat(visited.visit()).isPresent();
        assertThat(visited.lastStepOn()).isEqualTo(RAISED.plusDays(2));
    }

    @ParameterizedTest
    @EnumSource(
            value = DisposalOutcome.class,
            names = {"DELIVER_ENTITLEMENT", "REFER_TO_DEPARTMENT", "TERMINATE_OR_NO_NEED"})
    @DisplayName("国办发〔2023〕39号: 落实政策、转介部门、核实终止 each dispose of the case")
    void disposesAVisitedCaseWithAnOutcome(DisposalOutcome outcome) {
        AssistanceCase visited = Cases.aCase().visited();

        AssistanceCase disposed = visited.dispose(outcome, RAISED.plusDays(3));

        assertThat(disposed.status()).isEqualTo(CaseStatus.DISPOSED);
        assertThat(disposed.outcome()).contains(outcome);
    }

    @Test
    @DisplayName("国办发〔2023〕39号: 复杂个案提请县级协调机制一事一议")
    void escalatesAComplexCaseToTheCountyWhichThenDecidesIt() {
        AssistanceCase visited = Cases.aCase().visited();

        AssistanceCase escalated =
                visited.dispose(DisposalOutcome.ESCALATE_TO_COUNTY, RAISED.plusDays(3));
        AssistanceCase decided = escalated.decideByCounty(RAISED.plusDays(8));
        AssistanceCase closed = decided.close(RAISED.plusDays(9));

        assertThat(escalated.status()).isEqualTo(CaseStatus.ESCALATED_TO_COUNTY);
        assertThat(decided.status()).isEqualTo(CaseStatus.DISPOSED);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.outcome()).contains(DisposalOutcome.ESCALATE_TO_COUNTY);
    }

    @Test
    void concludesThatNoAssistanceIsNeededAndThenCloses() {
        AssistanceCase visited = Cases.aCase().visited();

        AssistanceCase concluded =
                visited.concludeNoAssistanceNeeded(RAISED.plusDays(3), "医疗费用已由商业保险全额赔付");
        AssistanceCase closed = concluded.close(RAISED.plusDays(4));

        assertThat(concluded.status()).isEqualTo(CaseStatus.NO_ASSISTANCE_NEEDED);
        assertThat(concluded.history().get(concluded.history().size() - 1).detail())
                .isEqualTo("医疗费用已由商业保险全额赔付");
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.isOpen()).isFalse();
    }

    @Test
    void closesADisposedCaseAndKeepsEveryStepInOrder() {
        AssistanceCase closed = Cases.aCase().closed();

        assertThat(closed.history())
                .extracting(CaseStep::action)
                .containsExactly(
                        CaseAction.OPEN,
                        CaseAction.ASSIGN,
                        CaseAction.RECORD_VISIT,
                        CaseAction.DISPOSE,
                        CaseAction.CLOSE);
        assertThat(closed.history())
                .extracting(CaseStep::status)
                .containsExactly(
                        CaseStatus.PENDING_ASSIGNMENT,
                        CaseStatus.ASSIGNED,
                        CaseStatus.VISITED,
                        CaseStatus.DISPOSED,
                        CaseStatus.CLOSED);
    }

    @Test
    @DisplayName("入户核实日期不得早于预警日期")
    void refusesAVisitDatedBeforeTheAlert() {
        AssistanceCase assigned = Cases.aCase().assigned();

        assertThatThrownBy(
                        () -> assigned.recordVisit(Visits.aVisit().on(RAISED.minusDays(1)).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before its last step");
    }

    @Test
    void refusesAStepDatedBeforeTheCasesLatestStep() {
        AssistanceCase visited = Cases.aCase().visited();

        assertThatThrownBy(
                        () ->
                                visited.dispose(
                                        DisposalOutcome.DELIVER_ENTITLEMENT, RAISED.plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesABlankAssistantAndABlankNoNeedReason() {
        AssistanceCase pending = Cases.aCase().pendingAssignment();
        AssistanceCase visited = Cases.aCase().visited();

        assertThatThrownBy(() -> pending.assign(" ", RAISED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> visited.concludeNoAssistanceNeeded(RAISED.plusDays(3), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsNeitherTheVisitNorTheReasons() {
        AssistanceCase concluded = Cases.aCase().noAssistanceNeeded();

        assertThat(concluded.toString())
                .contains("H0001", "NO_ASSISTANCE_NEEDED")
                .doesNotContain("收入稳定");
    }
}
