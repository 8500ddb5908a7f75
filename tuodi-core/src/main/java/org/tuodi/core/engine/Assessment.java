package org.tuodi.core.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 评估结果: the household's new engine state and the decisions made while reaching it, with what
 * happened to the record (empty when the engine only advanced its time).
 */
public record Assessment(
        HouseholdState state, Optional<EventOutcome> outcome, List<AlertDecision> decisions) {

    public Assessment {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(outcome, "outcome");
        decisions = List.copyOf(decisions);
    }
}
