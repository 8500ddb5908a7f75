package org.tuodi.core.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.Source;
import org.tuodi.core.household.Household;
import org.tuodi.core.rules.RuleSet;
import org.tuodi.core.rules.RuleSetFormat;
import org.tuodi.core.shared.Yuan;

/**
 * 风险评估引擎: turns department records into per-household risk decisions, one record at a time, in
 * event time, against one rule set.
 *
 * <p>Time. A household's records are assessed in the order of the days they happened. A record is
 * held until the household has seen a record more than the rule set's lateness newer than it (or
 * until {@link #advanceTo}), then every day with records is assessed in order. So any order of
 * delivery within the lateness gives the same decisions with the same receipts. A record older than
 * that is still counted ({@link EventOutcome#LATE}): it is placed in its windows and assessed at
 * once as of the last assessed day.
 *
 * <p>Decisions. At each assessed day every indicator is measured over its window; the hits' scores
 * add up; the level is the highest of the highest alert line the score reaches and the highest hard
 * trigger among the hits. A household condition adds to the score but an alert needs at least one
 * record-based hit. One open case per household: see {@link AlertDecision}. Evidence of a closed
 * case ({@link #closeCase}) never counts again.
 *
 * <p>The engine holds no per-household data: callers keep each household's {@link HouseholdState}
 * and pass it in. It is immutable and safe to share between threads.
 */
public final class RiskEngine {

    private final CompiledRules compiled;

    /** Each thread's evaluation arrays, reused from call to call (the engine is shared). */
    private final ThreadLocal<Evaluation> evaluations;

    /**
     * @param contentHash the rule set's content hash, as {@code RuleSetFormat.contentHash} gives it
     */
    public RiskEngine(RuleSet ruleSet, String contentHash) {
        this.compiled = new CompiledRules(ruleSet, contentHash);
        this.evaluations = ThreadLocal.withInitial(() -> new Evaluation(compiled));
    }

    /**
     * An engine for the rule set, named by its content hash ({@link RuleSetFormat#contentHash}).
     */
    public static RiskEngine of(RuleSet ruleSet) {
        return new RiskEngine(ruleSet, RuleSetFormat.contentHash(ruleSet));
    }

    public RuleSet ruleSet() {
        return compiled.ruleSet;
    }

    public String ruleSetHash() {
        return compiled.hash;
    }

    /** Takes one record about a member of the household. */
    public Assessment accept(HouseholdState state, Household household, DepartmentEvent event) {
        CompiledRules.Scoring scoring = compiled.scoringFor(household.region());
        int[] candidates = compiled.rulesByType[event.type().ordinal()];
        int[] matched = new int[candidates.length];
        long[] amounts = new long[candidates.length];
        int matches = 0;
        for (int i : candidates) {
            CompiledRules.Rule rule = compiled.rules[i];
            if (!scoring.enabled()[i] || !rule.events().matches(event)) {
                continue;
            }
            long amount = 0;
            if (rule.sumField() != null) {
                Optional<Object> value = event.valueOf(rule.sumField());
                if (value.isEmpty()) {
                    continue;
                }
                amount = ((Yuan) value.get()).fen();
            }
            matched[matches] = i;
            amounts[matches++] = amount;
        }
        int day = (int) event.occurredOn().toEpochDay();
        String key = null;
        int hash = 0;
        if (matches > 0) {
            hash = keyHash(event.key());
            key = event.key().toString();
            if (state.holds(key, hash)) {
                return new Assessment(state, Optional.of(EventOutcome.DUPLICATE), List.of());
            }
        }
        Run run = new Run(state, household, scoring);
        for (int m = 0; m < matches; m++) {
            run.contributions.insert(day, matched[m], amounts[m], key, hash);
        }
        run.newestSeen = Math.max(run.newestSeen, day);
        EventOutcome outcome = matches > 0 ? EventOutcome.PLACED : EventOutcome.NO_INDICATOR;
        if (matches > 0 && day <= run.finalizedThrough) {
            outcome = EventOutcome.LATE;
            run.evaluate(run.finalizedThrough);
        }
        long watermark = (long) run.newestSeen - compiled.ruleSet.latenessDays() - 1;
        if (watermark > run.finalizedThrough) {
            run.finalizeThrough((int) watermark);
        }
        return new Assessment(run.finish(), Optional.of(outcome), run.decisions());
    }

    /** Assesses every held record up to and including {@code date}: the end of a screening. */
    public Assessment advanceTo(HouseholdState state, Household household, LocalDate date) {
        int day = (int) date.toEpochDay();
        if (day <= state.finalizedThrough()) {
            return new Assessment(state, Optional.empty(), List.of());
        }
        Run run = new Run(state, household, compiled.scoringFor(household.region()));
        run.finalizeThrough(day);
        return new Assessment(run.finish(), Optional.empty(), run.decisions());
    }

    /** 办结: the household's case is closed; its evidence is consumed and will not raise again. */
    public HouseholdState closeCase(HouseholdState state) {
        Contributions c = new Contributions(state);
        c.writable();
        for (int r = c.lo; r < c.hi; r++) {
            if (HouseholdState.flag(c.e[2 + 2 * r]) == HouseholdState.IN_CASE) {
                c.flag(r, HouseholdState.CONSUMED);
            }
        }
        return c.toState(state.finalizedThrough(), state.newestSeen(), -1);
    }

    private static final int[] SOURCE_HASHES = new int[Source.values().length];

    static {
        for (Source source : Source.values()) {
            SOURCE_HASHES[source.ordinal()] = (source.name() + ":").hashCode();
        }
    }

    /**
     * {@code key.toString().hashCode()} without building the text: the event id's hash is cached in
     * its string.
     */
    static int keyHash(EventKey key) {
        String id = key.eventId();
        int h = SOURCE_HASHES[key.source().ordinal()];
        for (int n = id.length(); n > 0; n--) {
            h *= 31;
        }
        return h + id.hashCode();
    }

    /** One engine call's working state. */
    private final class Run {
        final Contributions contributions;
        final Household household;
        final CompiledRules.Scoring scoring;
        private List<AlertDecision> decisions;
        private Evaluation evaluation;
        int finalizedThrough;
        int newestSeen;
        int openLevel;

        Run(HouseholdState state, Household household, CompiledRules.Scoring scoring) {
            this.contributions = new Contributions(state);
            this.household = household;
            this.scoring = scoring;
            this.finalizedThrough = state.finalizedThrough();
            this.newestSeen = state.newestSeen();
            this.openLevel = state.openLevel();
        }

        void finalizeThrough(int target) {
            int previous = finalizedThrough;
            Contributions c = contributions;
            int i = c.lo;
            while (i < c.hi) {
                int day = c.day(i);
                if (day > target) {
                    break;
                }
                if (day > previous) {
                    // a decision may copy the slots to a new store: keep the place relative to lo
                    int offset = i - c.lo;
                    evaluate(day);
                    i = c.lo + offset;
                }
                while (i < c.hi && c.day(i) == day) {
                    i++;
                }
            }
            finalizedThrough = target;
        }

        void evaluate(int day) {
            if (evaluation == null) {
                evaluation = evaluations.get().of(scoring, contributions, household);
            }
            AlertDecision decision = evaluation.decide(day, openLevel);
            if (decision != null) {
                if (decisions == null) {
                    decisions = new ArrayList<>(2);
                }
                decisions.add(decision);
                openLevel = Math.max(openLevel, decision.level().ordinal());
            }
        }

        List<AlertDecision> decisions() {
            return decisions == null ? List.of() : decisions;
        }

        HouseholdState finish() {
            if (finalizedThrough != Integer.MIN_VALUE) {
                contributions.dropThrough(finalizedThrough - compiled.longestWindowDays);
            }
            return contributions.toState(finalizedThrough, newestSeen, openLevel);
        }
    }
}
