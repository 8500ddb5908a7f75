package org.tuodi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuodi.core.engine.EngineScenario.START;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.LowIncomeCategory;

/**
 * States share their arrays with the states the engine derives from them (records are appended in
 * place), yet each state stays a value: what the engine does later never changes what an older
 * state holds, and going on from an older state gives what it gave the first time.
 */
class HouseholdStateSharingProperties {

    private static final int LATENESS = 10;
    private final RiskEngine engine = EngineScenario.engine(LATENESS);
    private final Household household = EngineScenario.household(LowIncomeCategory.DIBAO_EDGE);

    @Property(tries = 300)
    void anOlderStateIsNotChangedByWhatTheEngineDidAfterIt(
            @ForAll("histories") List<DepartmentEvent> history,
            @ForAll @IntRange(min = 0, max = 1000) int pick) {
        List<HouseholdState> states = new ArrayList<>();
        List<byte[]> encoded = new ArrayList<>();
        HouseholdState state = HouseholdState.empty();
        for (DepartmentEvent event : history) {
            state = engine.accept(state, household, event).state();
            states.add(state);
            encoded.add(HouseholdStateCodec.encode(state));
        }
        int branch = pick % states.size();
        HouseholdState older = states.get(branch);
        List<Assessment> first = new ArrayList<>();
        HouseholdState s = older;
        for (DepartmentEvent event : history.subList(branch + 1, history.size())) {
            Assessment a = engine.accept(s, household, event);
            first.add(a);
            s = a.state();
        }
        // other records from the same older state, then a closed case on it
        HouseholdState other = older;
        for (DepartmentEvent event : history.subList(0, branch + 1)) {
            other = engine.accept(other, household, renamed(event)).state();
        }
        engine.advanceTo(other, household, START.plusDays(900));
        engine.closeCase(older);

        for (int i = 0; i < states.size(); i++) {
            assertThat(HouseholdStateCodec.encode(states.get(i))).isEqualTo(encoded.get(i));
        }
        s = older;
        for (int i = branch + 1; i < history.size(); i++) {
            Assessment again = engine.accept(s, household, history.get(i));
            Assessment was = first.get(i - branch - 1);
            assertThat(again.outcome()).isEqualTo(was.outcome());
            assertThat(again.decisions()).isEqualTo(was.decisions());
            assertThat(again.state()).isEqualTo(was.state());
            s = again.state();
        }
    }

    @Test
    void aStateGrowsPastItsSpareCapacityAndKeepsEveryRecord() {
        List<DepartmentEvent> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            events.add(EngineScenario.medical("m" + i, START.plusDays(i), "1.00"));
        }

        var run = EngineScenario.feed(engine, household, events, START.plusDays(199));

        // the 12-month windows still see every record of the last 200 days
        assertThat(run.state().size()).isEqualTo(400);
        assertThat(HouseholdStateCodec.decode(HouseholdStateCodec.encode(run.state())))
                .isEqualTo(run.state());
        assertThat(run.state().holds("MEDICAL_INSURANCE:m0")).isTrue();
        assertThat(run.state().holds("MEDICAL_INSURANCE:m200")).isFalse();
    }

    private static DepartmentEvent renamed(DepartmentEvent event) {
        var key = event.key();
        String id = "x" + key.eventId();
        return switch (key.source()) {
            case MEDICAL_INSURANCE -> EngineScenario.medical(id, event.occurredOn(), "4000", true);
            case HUMAN_RESOURCES -> EngineScenario.unemployed(id, event.occurredOn());
            default -> EngineScenario.damaged(id, event.occurredOn());
        };
    }

    @Provide
    Arbitrary<List<DepartmentEvent>> histories() {
        Arbitrary<Integer> day = Arbitraries.integers().between(0, 500);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> amount = Arbitraries.integers().between(1, 900_000);
        return Combinators.combine(day, kind, amount)
                .as((d, k, fen) -> new int[] {d, k, fen})
                .list()
                .ofMinSize(1)
                .ofMaxSize(30)
                .map(HouseholdStateSharingProperties::toEvents);
    }

    private static List<DepartmentEvent> toEvents(List<int[]> rows) {
        List<DepartmentEvent> events = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int[] r = rows.get(i);
            var on = START.plusDays(r[0]);
            String id = "e" + i;
            String fen = org.tuodi.core.shared.Yuan.ofFen(r[2]).toString();
            events.add(
                    switch (r[1]) {
                        case 0 -> EngineScenario.medical(id, on, fen);
                        case 1 -> EngineScenario.medical(id, on, fen, true);
                        case 2 -> EngineScenario.unemployed(id, on);
                        default -> EngineScenario.damaged(id, on);
                    });
        }
        return events;
    }
}
