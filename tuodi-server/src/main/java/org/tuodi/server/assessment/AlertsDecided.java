package org.tuodi.server.assessment;

import java.util.List;
import java.util.Objects;
import org.tuodi.core.engine.AlertDecision;
import org.tuodi.core.household.Household;

/**
 * 预警决策已作出: the engine made decisions about a household. Published synchronously inside the
 * transaction that stored the household's new engine state; a listener that fails rolls it back.
 *
 * @param household the household as the engine saw it (region, members)
 * @param decisions in the order the engine made them
 */
public record AlertsDecided(Household household, List<AlertDecision> decisions) {
    public AlertsDecided {
        Objects.requireNonNull(household, "household");
        decisions = List.copyOf(decisions);
    }
}
