package org.tuodi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuodi.core.engine.EngineScenario.START;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.LowIncomeCategory;

/**
 * The engine's promise: the same records give the same decisions with the same receipts in any
 * order of delivery that the lateness allows, and a record sent twice counts once.
 */
class EngineOrderProperties {

    private static final int LATENESS = 20;
    private final RiskEngine engine = EngineScenario.engine(LATENESS);
    private final Household household = EngineScenario.household(LowIncomeCategory.DIBAO_EDGE);

    /** A record with the delay (0..lateness days) after which it is delivered. */
    record Delivery(DepartmentEvent event, int delay) {
        long arrival() {
            return event.occurredOn().toEpochDay() + delay;
        }
    }

    @Property(tries = 300)
    void givesTheSameDecisionsInAnyOrderTheLatenessAllows(
            @ForAll("histories") List<Delivery> history) {
        List<DepartmentEvent> inOrder =
                history.stream()
                        .map(Delivery::event)
                        .sorted(Comparator.comparing(DepartmentEvent::occurredOn))
                        .toList();
        List<DepartmentEvent> delivered =
                history.stream()
                        .sorted(Comparator.comparingLong(Delivery::arrival))
                        .map(Delivery::event)
                        .toList();

        var expected = EngineScenario.feed(engine, household, inOrder, START.plusYears(3));
        var actual = EngineScenario.feed(engine, household, delivered, START.plusYears(3));

        assertThat(actual.decisions()).isEqualTo(expected.decisions());
        assertThat(actual.outcomes()).doesNotContain(EventOutcome.LATE);
    }

    @Property(tries = 300)
    void countsARecordSentAgainOnce(
            @ForAll("histories") List<Delivery> history,
            @ForAll @IntRange(min = 0, max = 1000) int pick) {
        List<DepartmentEvent> inOrder =
                history.stream()
                        .map(Delivery::event)
                        .sorted(Comparator.comparing(DepartmentEvent::occurredOn))
                        .toList();
        List<DepartmentEvent> withRepeat = new ArrayList<>(inOrder);
        int at = pick % inOrder.size();
        withRepeat.add(at + 1, inOrder.get(at));

        var expected = EngineScenario.feed(engine, household, inOrder, START.plusYears(3));
        var actual = EngineScenario.feed(engine, household, withRepeat, START.plusYears(3));

        assertThat(actual.decisions()).isEqualTo(expected.decisions());
        assertThat(actual.outcomes()).contains(EventOutcome.DUPLICATE);
    }

    @Property(tries = 200)
    void keepsAStateThatSurvivesEncoding(@ForAll("histories") List<Delivery> history) {
        List<DepartmentEvent> delivered =
                history.stream()
                        .sorted(Comparator.comparingLong(Delivery::arrival))
                        .map(Delivery::event)
                        .toList();

        var run = EngineScenario.feed(engine, household, delivered, START.plusDays(400));

        assertThat(HouseholdStateCodec.decode(HouseholdStateCodec.encode(run.state())))
                .isEqualTo(run.state());
    }

    @Provide
    Arbitrary<List<Delivery>> histories() {
        Arbitrary<Integer> day = Arbitraries.integers().between(0, 700);
        Arbitrary<Integer> delay = Arbitraries.integers().between(0, LATENESS);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> amount = Arbitraries.integers().between(1, 900_000);
        return Combinators.combine(day, delay, kind, amount)
                .as((d, late, k, fen) -> new int[] {d, late, k, fen})
                .list()
                .ofMinSize(1)
                .ofMaxSize(25)
                .map(EngineOrderProperties::toDeliveries);
    }

    private static List<Delivery> toDeliveries(List<int[]> rows) {
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int[] r = rows.get(i);
            var on = START.plusDays(r[0]);
            String id = "e" + i;
            DepartmentEvent event =
                    switch (r[2]) {
                        case 0 -> EngineScenario.medical(id, on, fen(r[3]));
                        case 1 -> EngineScenario.medical(id, on, fen(r[3] / 10), true);
                        case 2 -> EngineScenario.unemployed(id, on);
                        default -> EngineScenario.damaged(id, on);
                    };
            deliveries.add(new Delivery(event, r[1]));
        }
        return deliveries;
    }

    private static String fen(int fen) {
        return org.tuodi.core.shared.Yuan.ofFen(fen).toString();
    }
}
