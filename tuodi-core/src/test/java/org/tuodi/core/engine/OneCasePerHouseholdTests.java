package org.tuodi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuodi.core.engine.EngineScenario.START;
import static org.tuodi.core.engine.EngineScenario.engine;
import static org.tuodi.core.engine.EngineScenario.feed;
import static org.tuodi.core.engine.EngineScenario.household;
import static org.tuodi.core.engine.EngineScenario.medical;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.rules.AlertLevel;

@DisplayName("一户一条救助链：一个家庭只有一个在办案件")
class OneCasePerHouseholdTests {

    private final RiskEngine engine = engine(0);
    private final Household household = household(LowIncomeCategory.DIBAO_EDGE);

    @Test
    void addsEvidenceToTheOpenCaseInsteadOfOpeningASecond() {
        var events =
                List.of(medical("m1", START, "5000"), medical("m2", START.plusDays(20), "300"));

        var run = feed(engine, household, events, START.plusDays(20));

        assertThat(run.decisions()).hasSize(2);
        assertThat(run.decisions().get(0)).isInstanceOf(AlertDecision.Raise.class);
        assertThat(run.decisions().get(1)).isInstanceOf(AlertDecision.AddEvidence.class);
        assertThat(run.decisions().get(1).receipt().evidence()).hasSize(2);
    }

    @Test
    void escalatesTheOpenCaseWhenTheLevelRises() {
        var events =
                List.of(medical("m1", START, "6000"), medical("m2", START.plusDays(30), "15000"));

        var run = feed(engine, household, events, START.plusDays(30));

        assertThat(run.decisions().get(1))
                .isInstanceOfSatisfying(
                        AlertDecision.Escalate.class,
                        e -> {
                            assertThat(e.from()).isEqualTo(AlertLevel.GENERAL);
                            assertThat(e.level()).isEqualTo(AlertLevel.URGENT);
                        });
    }

    @Test
    void staysSilentWhenNothingNewHits() {
        var first = feed(engine, household, List.of(medical("m1", START, "6000")), START);

        Assessment later = engine.advanceTo(first.state(), household, START.plusDays(60));

        assertThat(later.decisions()).isEmpty();
        assertThat(later.state().hasOpenCase()).isTrue();
    }

    @Test
    void doesNotRaiseAgainFromEvidenceOfAClosedCase() {
        var first = feed(engine, household, List.of(medical("m1", START, "6000")), START);
        HouseholdState closed = engine.closeCase(first.state());

        Assessment next =
                engine.accept(closed, household, medical("m2", START.plusDays(10), "100"));
        Assessment settled = engine.advanceTo(next.state(), household, START.plusDays(10));

        assertThat(next.decisions()).isEmpty();
        assertThat(settled.decisions()).isEmpty();
        assertThat(settled.state().hasOpenCase()).isFalse();
    }

    @Test
    void raisesANewCaseWhenNewRecordsReachTheLineAfterClosing() {
        var first = feed(engine, household, List.of(medical("m1", START, "6000")), START);
        HouseholdState closed = engine.closeCase(first.state());

        Assessment next =
                engine.accept(closed, household, medical("m2", START.plusDays(10), "5200"));
        Assessment settled = engine.advanceTo(next.state(), household, START.plusDays(10));

        List<AlertDecision> decisions = new java.util.ArrayList<>(next.decisions());
        decisions.addAll(settled.decisions());
        assertThat(decisions).singleElement().isInstanceOf(AlertDecision.Raise.class);
        assertThat(decisions.get(0).receipt().evidence())
                .extracting(Object::toString)
                .containsExactly("MEDICAL_INSURANCE:m2");
    }
}
