package org.tuodi.server.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tuodi.core.engine.AlertDecision;
import org.tuodi.core.engine.Assessment;
import org.tuodi.core.engine.HouseholdState;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.household.Household;

/**
 * 重放: one household's records of a period through an engine, from an empty state, in the order they
 * were received, then assessed through the period's last day; the decisions made.
 */
final class Replay {

    private Replay() {}

    static List<AlertDecision> decisions(
            RiskEngine engine, Household household, List<DepartmentEvent> records, LocalDate to) {
        HouseholdState state = HouseholdState.empty();
        List<AlertDecision> decisions = new ArrayList<>();
        for (DepartmentEvent record : records) {
            Assessment assessed = engine.accept(state, household, record);
            state = assessed.state();
            decisions.addAll(assessed.decisions());
        }
        decisions.addAll(engine.advanceTo(state, household, to).decisions());
        return decisions;
    }
}
