package org.tuodi.data.scan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.tuodi.core.engine.AlertDecision;
import org.tuodi.core.engine.Assessment;
import org.tuodi.core.engine.EventOutcome;
import org.tuodi.core.engine.HouseholdState;
import org.tuodi.core.engine.HouseholdStateCodec;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.data.events.UnmatchedWriter;
import org.tuodi.data.households.Roster;

/**
 * One screening's working state: routes each department record taken from events.csv to the
 * household of its person and feeds it to the engine with that household's state, in file order; at
 * the end advances every household with state to the as-of date, in household-id order. Each record
 * ends in exactly one count: unmatched, after the as-of date, or one engine outcome.
 */
final class Screening {

    /** Decisions sorted by as-of date, household id, then decision code: the output order. */
    static final Comparator<AlertDecision> OUTPUT_ORDER =
            Comparator.comparing((AlertDecision d) -> d.receipt().asOf())
                    .thenComparing(AlertDecision::household)
                    .thenComparing(AlertDecision::code);

    private final RiskEngine engine;
    private final Roster roster;
    private final Optional<LocalDate> asOf;
    private final UnmatchedWriter unmatched;
    private final Map<HouseholdId, HouseholdState> states = new HashMap<>();
    private final List<AlertDecision> decisions = new ArrayList<>();
    private final long[] outcomes = new long[EventOutcome.values().length];
    private long afterAsOf;
    private LocalDate newest;

    Screening(
            RiskEngine engine, Roster roster, Optional<LocalDate> asOf, UnmatchedWriter unmatched) {
        this.engine = engine;
        this.roster = roster;
        this.asOf = asOf;
        this.unmatched = unmatched;
    }

    /** Takes one record, with the line of events.csv its row starts on. */
    void accept(long line, DepartmentEvent event) {
        if (newest == null || event.occurredOn().isAfter(newest)) {
            newest = event.occurredOn();
        }
        Optional<Household> found = roster.householdOf(event.person());
        if (found.isEmpty()) {
            unmatched.write(line, event);
            return;
        }
        if (asOf.isPresent() && event.occurredOn().isAfter(asOf.get())) {
            afterAsOf++;
            return;
        }
        Household household = found.get();
        HouseholdState state = states.getOrDefault(household.id(), HouseholdState.empty());
        Assessment assessment = engine.accept(state, household, event);
        states.put(household.id(), assessment.state());
        outcomes[assessment.outcome().orElseThrow().ordinal()]++;
        decisions.addAll(assessment.decisions());
    }

    /** The as-of date: the one asked for, else the newest record date taken, else none. */
    Optional<LocalDate> asOf() {
        return asOf.or(() -> Optional.ofNullable(newest));
    }

    /** Assesses every household up to the as-of date; returns all decisions in output order. */
    List<AlertDecision> finish() {
        asOf().ifPresent(
                        date -> {
                            for (HouseholdId id : new TreeSet<>(states.keySet())) {
                                Assessment last =
                                        engine.advanceTo(
                                                states.get(id), roster.household(id), date);
                                states.put(id, last.state());
                                decisions.addAll(last.decisions());
                            }
                        });
        List<AlertDecision> sorted = new ArrayList<>(decisions);
        sorted.sort(OUTPUT_ORDER);
        return sorted;
    }

    /** The encoded engine state per household; households without records hold the empty one. */
    ScanReport.StateSize stateSize(long households) {
        int empty = HouseholdStateCodec.encode(HouseholdState.empty()).length;
        long total = (households - states.size()) * empty;
        int max = households > states.size() ? empty : 0;
        for (HouseholdState state : states.values()) {
            int bytes = HouseholdStateCodec.encode(state).length;
            total += bytes;
            max = Math.max(max, bytes);
        }
        return new ScanReport.StateSize(households, total, max);
    }

    long count(EventOutcome outcome) {
        return outcomes[outcome.ordinal()];
    }

    long unmatched() {
        return unmatched.written();
    }

    long afterAsOf() {
        return afterAsOf;
    }
}
