package org.tuodi.core.engine;

import java.time.LocalDate;
import java.util.ArrayList;
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
 */
final class Evaluation {

    private final CompiledRules compiled;
    private final CompiledRules.Scoring scoring;
    private final Contributions contributions;
    private final Household household;
    private final int day;
    private final List<IndicatorHit> hits = new ArrayList<>();
    private final List<Integer> evidenceRows = new ArrayList<>();
    private boolean recordHit;
    private boolean newEvidence;
    private int score;
    private int hardLevel = -1;

    Evaluation(
            CompiledRules compiled,
            CompiledRules.Scoring scoring,
            Contributions contributions,
            Household household,
            int day) {
        this.compiled = compiled;
        this.scoring = scoring;
        this.contributions = contributions;
        this.household = household;
        this.day = day;
    }

    /** The decision for this day given the open case's level (-1 for none), if any. */
    Optional<AlertDecision> decide(int openLevel) {
        LocalDate date = LocalDate.ofEpochDay(day);
        for (int i = 0; i < compiled.rules.length; i++) {
            if (scoring.enabled()[i]) {
                measure(i, date);
            }
        }
        int level = Math.max(scoring.levelFor(score), hardLevel);
        if (!recordHit || level < 0) {
            return Optional.empty();
        }
        if (openLevel >= 0 && level <= openLevel && !newEvidence) {
            return Optional.empty();
        }
        for (int row : evidenceRows) {
            contributions.flags[row] = HouseholdState.IN_CASE;
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
            return Optional.of(new AlertDecision.Raise(household.id(), receipt));
        }
        if (level > openLevel) {
            return Optional.of(
                    new AlertDecision.Escalate(
                            household.id(), AlertLevel.values()[openLevel], receipt));
        }
        return Optional.of(new AlertDecision.AddEvidence(household.id(), receipt));
    }

    private void measure(int i, LocalDate date) {
        CompiledRules.Rule rule = compiled.rules[i];
        if (rule.household() != null) {
            int count = rule.household().count(household, date);
            if (count >= scoring.thresholds()[i]) {
                hit(i, Integer.toString(count), List.of());
            }
            return;
        }
        int start = (int) rule.window().startExclusive(date).toEpochDay();
        long sum = 0;
        int count = 0;
        List<Integer> rows = new ArrayList<>();
        Contributions c = contributions;
        for (int r = 0; r < c.size && c.days[r] <= day; r++) {
            if (c.indicators[r] == i
                    && c.days[r] > start
                    && c.flags[r] != HouseholdState.CONSUMED) {
                sum += c.amounts[r];
                count++;
                rows.add(r);
            }
        }
        boolean isSum = rule.indicator().kind() instanceof IndicatorKind.WindowSum;
        long measured = isSum ? sum : count;
        if (count == 0 || measured < scoring.thresholds()[i]) {
            return;
        }
        recordHit = true;
        List<EventKey> evidence = new ArrayList<>(rows.size());
        for (int row : rows) {
            evidence.add(EventKey.parse(c.keys[row]));
            newEvidence |= c.flags[row] == HouseholdState.FREE;
            evidenceRows.add(row);
        }
        hit(i, isSum ? Yuan.ofFen(sum).toString() : Long.toString(count), evidence);
    }

    private void hit(int i, String value, List<EventKey> evidence) {
        Indicator indicator = compiled.rules[i].indicator();
        boolean isSum = indicator.kind() instanceof IndicatorKind.WindowSum;
        long threshold = scoring.thresholds()[i];
        score += scoring.scores()[i];
        indicator.hardTrigger().ifPresent(l -> hardLevel = Math.max(hardLevel, l.ordinal()));
        hits.add(
                new IndicatorHit(
                        indicator.code(),
                        indicator.name(),
                        indicator.dimension(),
                        value,
                        isSum ? Yuan.ofFen(threshold).toString() : Long.toString(threshold),
                        scoring.scores()[i],
                        indicator.hardTrigger(),
                        evidence));
    }
}
