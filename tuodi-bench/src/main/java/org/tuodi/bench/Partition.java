package org.tuodi.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tuodi.core.engine.AlertDecision;
import org.tuodi.core.engine.Assessment;
import org.tuodi.core.engine.EventOutcome;
import org.tuodi.core.engine.HouseholdState;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.household.Household;

/**
 * The households of one partition of a replay (household index modulo the partition count) with
 * their engine states, which only this partition's thread touches: no locks on the hot path.
 * Collects the alerts (RAISE, ESCALATE) and counts the engine outcomes and decisions.
 */
final class Partition {

    private final RiskEngine engine;
    private final Household[] households;
    private final int index;
    private final int count;
    final HouseholdState[] states;
    final long[] outcomes = new long[EventOutcome.values().length];
    final List<AlertRow> alerts = new ArrayList<>();
    long addedEvidence;

    Partition(RiskEngine engine, Household[] households, int index, int count) {
        this.engine = engine;
        this.households = households;
        this.index = index;
        this.count = count;
        this.states = new HouseholdState[(households.length + count - 1) / count];
    }

    /** Feeds one record about a member of household {@code h} (which is in this partition). */
    void accept(int h, DepartmentEvent event) {
        int local = h / count;
        HouseholdState state = states[local];
        Assessment a =
                engine.accept(state == null ? HouseholdState.empty() : state, households[h], event);
        states[local] = a.state();
        outcomes[a.outcome().orElseThrow().ordinal()]++;
        take(a.decisions(), households[h]);
    }

    /** Assesses every household with state up to the as-of date. */
    void advanceAll(LocalDate asOf) {
        for (int local = 0; local < states.length; local++) {
            if (states[local] != null) {
                Household household = households[local * count + index];
                Assessment a = engine.advanceTo(states[local], household, asOf);
                states[local] = a.state();
                take(a.decisions(), household);
            }
        }
    }

    private void take(List<AlertDecision> decisions, Household household) {
        for (AlertDecision d : decisions) {
            if (d instanceof AlertDecision.AddEvidence) {
                addedEvidence++;
            } else {
                alerts.add(AlertRow.of(d, household.region()));
            }
        }
    }
}
