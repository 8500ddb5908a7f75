package org.tuodi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuodi.core.engine.EngineScenario.START;
import static org.tuodi.core.engine.EngineScenario.engine;
import static org.tuodi.core.engine.EngineScenario.feed;
import static org.tuodi.core.engine.EngineScenario.household;
import static org.tuodi.core.engine.EngineScenario.medical;
import static org.tuodi.core.engine.EngineScenario.unemployed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.LowIncomeCategory;

class LatenessTests {

    private final RiskEngine engine = engine(10);
    private final Household household = household(LowIncomeCategory.DIBAO);

    @Test
    void placesARecordArrivingOutOfOrderWithinTheLatenessInItsWindow() {
        var inOrder = List.of(medical("a", START, "3000"), medical("b", START.plusDays(5), "2500"));
        var reversed = List.of(inOrder.get(1), inOrder.get(0));

        var expected = feed(engine, household, inOrder, START.plusDays(40));
        var actual = feed(engine, household, reversed, START.plusDays(40));

        assertThat(actual.decisions()).isEqualTo(expected.decisions());
        assertThat(actual.decisions().get(0).receipt().asOf()).isEqualTo(START.plusDays(5));
    }

    @Test
    void acceptsARecordExactlyTheLatenessOlderThanTheNewest() {
        HouseholdState state =
                engine.accept(
                                HouseholdState.empty(),
                                household,
                                unemployed("u", START.plusDays(10)))
                        .state();

        Assessment late = engine.accept(state, household, medical("m", START, "100"));

        assertThat(late.outcome()).contains(EventOutcome.PLACED);
    }

    @Test
    void countsARecordOlderThanTheLatenessAsLateButStillCountsIt() {
        HouseholdState state =
                engine.accept(
                                HouseholdState.empty(),
                                household,
                                unemployed("u", START.plusDays(11)))
                        .state();

        Assessment late = engine.accept(state, household, medical("m", START, "5000"));

        assertThat(late.outcome()).contains(EventOutcome.LATE);
        assertThat(late.decisions())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.receipt().asOf()).isEqualTo(START);
                            assertThat(d.receipt().indicatorCodes())
                                    .containsExactly("MEDICAL_OOP_12M_5000");
                        });
    }

    @Test
    void countsTheSameRecordOnce() {
        var events =
                List.of(
                        medical("a", START, "3000"),
                        medical("a", START, "3000"),
                        medical("b", START.plusDays(1), "1999.99"));

        var run = feed(engine, household, events, START.plusDays(30));

        assertThat(run.outcomes())
                .containsExactly(EventOutcome.PLACED, EventOutcome.DUPLICATE, EventOutcome.PLACED);
        assertThat(run.decisions()).isEmpty();
    }

    @Test
    void ignoresRecordsNoIndicatorLooksAt() {
        Assessment a =
                engine.accept(
                        HouseholdState.empty(),
                        household,
                        new org.tuodi.core.event.DeathRegistered(
                                new org.tuodi.core.event.EventKey(
                                        org.tuodi.core.event.Source.PUBLIC_SECURITY, "d"),
                                EngineScenario.ELDER,
                                START));

        assertThat(a.outcome()).contains(EventOutcome.NO_INDICATOR);
        assertThat(a.state().size()).isZero();
    }
}
