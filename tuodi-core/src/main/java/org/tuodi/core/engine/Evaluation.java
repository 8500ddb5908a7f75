package org.tuodi.core.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.household.Household;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.core.rules.Indicator;
import org.tuodi.core.rules.IndicatorKind;
import org.tuodi.core.shared.Yuan;

/**
 * The assessment of one household on one day: measures every indicator over its window, adds up the
 * scores, finds the level and decides against the open case, marking the evidence it used.
 *
 * <p>It runs on the engine's hot path, so it measures all record-based indicators in one pass over
 * the contributions, looks at household conditions only when a record-based indicator hits (they
 * never raise alone), and builds the receipt only when there is a decision to explain.
 */
final class Evaluation {

    private final CompiledRules compiled;
    private CompiledRules.Scoring scoring;
    private Contributions contributions;
    private Household household;
    private int day;

    /** The day {@link #starts} were computed for. */
    private int startsDay = Integer.MIN_VALUE;

    private final long[] measured;
    private final int[] counts;
    private final boolean[] hit;
    private final int[] conditionCounts;
    private final int[] starts;
    private final boolean[] isSum;

    /** Scratch for the rule set's evaluations on one thread: see {@link #of}. */
    Evaluation(CompiledRules compiled) {
        this.compiled = compiled;
        int n = compiled.rules.length;
        this.measured = new long[n];
        this.counts = new int[n];
        this.hit = new boolean[n];
        this.conditionCounts = new int[n];
        this.starts = new int[compiled.windows.length];
        this.isSum = compiled.isSum;
    }

    /**
     * Points this thread's scratch at one engine call's household and contributions. An instance
     * serves one call at a time, its days in turn; its arrays are reused from call to call.
     */
    Evaluation of(CompiledRules.Scoring scoring, Contributions contributions, Household household) {
        this.scoring = scoring;
        this.contributions = contributions;
        this.household = household;
        return this;
    }

    /** The decision for the day given the open case's level (-1 for none), or null. */
    AlertDecision decide(int day, int openLevel) {
        this.day = day;
        Arrays.fill(measured, 0);
        Arrays.fill(counts, 0);
        Arrays.fill(hit, false);
        Arrays.fill(conditionCounts, 0);
        measureRecords();
        int score = 0;
        int hardLevel = -1;
        boolean recordHit = false;
        for (int i = 0; i < hit.length; i++) {
            if (compiled.windowOf[i] >= 0 && scoring.enabled()[i] && counts[i] > 0) {
                hit[i] = measured[i] >= scoring.thresholds()[i];
                recordHit |= hit[i];
            }
        }
        if (!recordHit) {
            return null;
        }
        LocalDate date = LocalDate.ofEpochDay(day);
        for (int i : compiled.householdRules) {
            if (scoring.enabled()[i]) {
                conditionCounts[i] = compiled.rules[i].household().count(household, date);
                hit[i] = conditionCounts[i] >= scoring.thresholds()[i];
            }
        }
        for (int i = 0; i < hit.length; i++) {
            if (hit[i]) {
                score += scoring.scores()[i];
                Optional<AlertLevel> hard = compiled.rules[i].indicator().hardTrigger();
                if (hard.isPresent()) {
                    hardLevel = Math.max(hardLevel, hard.get().ordinal());
                }
            }
        }
        int level = Math.max(scoring.levelFor(score), hardLevel);
        if (level < 0 || (openLevel >= 0 && level <= openLevel && !hasNewEvidence())) {
            return null;
        }
        return decision(openLevel, level, score, date);
    }

    /** One pass: sums and counts of the contributions inside each indicator's window. */
    private void measureRecords() {
        LocalDate date = null;
        for (int w = 0; w < starts.length && startsDay != day; w++) {
            if (compiled.windows[w].unit() == org.tuodi.core.rules.Window.Unit.DAYS) {
                starts[w] = day - compiled.windows[w].length();
            } else {
                date = date == null ? LocalDate.ofEpochDay(day) : date;
                starts[w] = (int) compiled.windows[w].startExclusive(date).toEpochDay();
            }
        }
        startsDay = day;
        Contributions c = contributions;
        long[] e = c.e;
        for (int r = c.lo; r < c.hi; r++) {
            int d = HouseholdState.day(e[1 + 2 * r]);
            if (d > day) {
                break;
            }
            long packed = e[2 + 2 * r];
            int i = HouseholdState.indicator(packed);
            if (d > starts[compiled.windowOf[i]]
                    && HouseholdState.flag(packed) != HouseholdState.CONSUMED) {
                measured[i] += isSum[i] ? HouseholdState.amount(packed) : 1;
                counts[i]++;
            }
        }
    }

    private boolean inWindowOfHit(int r) {
        Contributions c = contributions;
        long packed = c.e[2 + 2 * r];
        int i = HouseholdState.indicator(packed);
        int d = c.day(r);
        return hit[i]
                && d <= day
                && HouseholdState.flag(packed) != HouseholdState.CONSUMED
                && d > starts[compiled.windowOf[i]];
    }

    private boolean hasNewEvidence() {
        for (int r = contributions.lo; r < contributions.hi; r++) {
            if (HouseholdState.flag(contributions.e[2 + 2 * r]) == HouseholdState.FREE
                    && inWindowOfHit(r)) {
                return true;
            }
        }
        return false;
    }

    private AlertDecision decision(int openLevel, int level, int score, LocalDate date) {
        List<List<EventKey>> evidence = new ArrayList<>();
        for (int i = 0; i < hit.length; i++) {
            evidence.add(hit[i] ? new ArrayList<>() : List.of());
        }
        contributions.writable();
        for (int r = contributions.lo; r < contributions.hi; r++) {
            if (inWindowOfHit(r)) {
                evidence.get(HouseholdState.indicator(contributions.e[2 + 2 * r]))
                        .add(EventKey.parse(contributions.keys[r]));
                contributions.flag(r, HouseholdState.IN_CASE);
            }
        }
        List<IndicatorHit> hits = new ArrayList<>();
        for (int i = 0; i < hit.length; i++) {
            if (hit[i]) {
                hits.add(hitOf(i, evidence.get(i)));
            }
        }
        AlertLevel alertLevel = AlertLevel.values()[Math.max(level, openLevel)];
        DecisionReceipt receipt =
                new DecisionReceipt(
                        compiled.ruleSet.id(),
                        compiled.ruleSet.version(),
                        compiled.hash,
                        date,
                        alertLevel,
                        score,
                        hits);
        if (openLevel < 0) {
            return new AlertDecision.Raise(household.id(), receipt);
        }
        if (level > openLevel) {
            return new AlertDecision.Escalate(
                    household.id(), AlertLevel.values()[openLevel], receipt);
        }
        return new AlertDecision.AddEvidence(household.id(), receipt);
    }

    private IndicatorHit hitOf(int i, List<EventKey> evidence) {
        Indicator indicator = compiled.rules[i].indicator();
        boolean isSum = indicator.kind() instanceof IndicatorKind.WindowSum;
        boolean isCondition = compiled.windowOf[i] < 0;
        long value = isCondition ? conditionCounts[i] : measured[i];
        long threshold = scoring.thresholds()[i];
        return new IndicatorHit(
                indicator.code(),
                indicator.name(),
                indicator.dimension(),
                isSum ? Yuan.ofFen(value).toString() : Long.toString(value),
                isSum ? Yuan.ofFen(threshold).toString() : Long.toString(threshold),
                scoring.scores()[i],
                indicator.hardTrigger(),
                evidence);
    }
}
