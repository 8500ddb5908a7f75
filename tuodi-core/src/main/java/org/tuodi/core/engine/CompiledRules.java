package org.tuodi.core.engine;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.core.rules.EventFilter;
import org.tuodi.core.rules.HouseholdFilter;
import org.tuodi.core.rules.Indicator;
import org.tuodi.core.rules.IndicatorKind;
import org.tuodi.core.rules.IndicatorOverride;
import org.tuodi.core.rules.RegionOverride;
import org.tuodi.core.rules.RuleSet;
import org.tuodi.core.rules.Window;
import org.tuodi.core.shared.Yuan;

/**
 * A rule set compiled once for the engine: each indicator's record filter or household filter, and
 * per region (overrides applied) the scores, thresholds and alert lines. The per-region table is
 * built on first use and cached in this instance; it is safe to share between threads.
 */
final class CompiledRules {

    /** One indicator ready to evaluate. */
    record Rule(
            Indicator indicator,
            EventFilter events,
            HouseholdFilter household,
            org.tuodi.core.event.EventField sumField,
            Window window) {}

    /** Scores, thresholds and alert lines in force for one region. */
    record Scoring(int[] scores, long[] thresholds, boolean[] enabled, int[] lines) {
        /** The highest level whose alert line the score reaches, or -1. */
        int levelFor(int score) {
            int level = -1;
            for (int l = 0; l < lines.length; l++) {
                if (lines[l] > 0 && score >= lines[l]) {
                    level = l;
                }
            }
            return level;
        }
    }

    final RuleSet ruleSet;
    final String hash;
    final Rule[] rules;
    final int longestWindowDays;

    /** For each event type (by ordinal), the indices of the rules that look at it. */
    final int[][] rulesByType;

    /** For each rule, the index of its window in {@link #windows}, or -1. */
    final int[] windowOf;

    /** The distinct windows of the record-based rules. */
    final Window[] windows;

    /** For each rule, whether it sums an amount (else it counts records). */
    final boolean[] isSum;

    /** The indices of the household-condition rules. */
    final int[] householdRules;

    private final Map<RegionCode, Scoring> byRegion = new ConcurrentHashMap<>();

    /** The one scoring of a rule set without region overrides, else null. */
    private final Scoring everywhere;

    CompiledRules(RuleSet ruleSet, String hash) {
        this.ruleSet = ruleSet;
        this.hash = hash;
        this.rules = new Rule[ruleSet.indicators().size()];
        int longest = 0;
        for (int i = 0; i < rules.length; i++) {
            rules[i] = compile(ruleSet.indicators().get(i));
            if (rules[i].window() != null) {
                longest = Math.max(longest, rules[i].window().maxDays());
            }
        }
        this.longestWindowDays = longest;
        this.isSum = new boolean[rules.length];
        for (int i = 0; i < rules.length; i++) {
            isSum[i] = rules[i].sumField() != null;
        }
        this.rulesByType = indexByType(rules);
        java.util.List<Window> distinct = new java.util.ArrayList<>();
        this.windowOf = new int[rules.length];
        java.util.List<Integer> household = new java.util.ArrayList<>();
        for (int i = 0; i < rules.length; i++) {
            Window w = rules[i].window();
            if (w == null) {
                windowOf[i] = -1;
                household.add(i);
                continue;
            }
            if (!distinct.contains(w)) {
                distinct.add(w);
            }
            windowOf[i] = distinct.indexOf(w);
        }
        this.windows = distinct.toArray(Window[]::new);
        this.householdRules = household.stream().mapToInt(Integer::intValue).toArray();
        this.everywhere =
                ruleSet.regionOverrides().isEmpty()
                        ? buildScoring(Optional.empty(), ruleSet.alertLines())
                        : null;
    }

    private static int[][] indexByType(Rule[] rules) {
        org.tuodi.core.event.EventType[] types = org.tuodi.core.event.EventType.values();
        int[][] byType = new int[types.length][];
        for (org.tuodi.core.event.EventType type : types) {
            byType[type.ordinal()] =
                    java.util.stream.IntStream.range(0, rules.length)
                            .filter(i -> rules[i].events() != null)
                            .filter(i -> rules[i].events().type() == type)
                            .toArray();
        }
        return byType;
    }

    private static Rule compile(Indicator indicator) {
        IndicatorKind kind = indicator.kind();
        if (kind instanceof IndicatorKind.WindowSum s) {
            return new Rule(
                    indicator,
                    EventFilter.compile(s.eventType(), s.where()),
                    null,
                    s.field(),
                    s.window());
        }
        if (kind instanceof IndicatorKind.WindowCount c) {
            return new Rule(
                    indicator,
                    EventFilter.compile(c.eventType(), c.where()),
                    null,
                    null,
                    c.window());
        }
        if (kind instanceof IndicatorKind.EventMatch m) {
            return new Rule(
                    indicator,
                    EventFilter.compile(m.eventType(), m.where()),
                    null,
                    null,
                    m.window());
        }
        IndicatorKind.HouseholdCondition h = (IndicatorKind.HouseholdCondition) kind;
        return new Rule(indicator, null, HouseholdFilter.compile(h), null, null);
    }

    Scoring scoringFor(RegionCode region) {
        if (everywhere != null) {
            return everywhere;
        }
        return byRegion.computeIfAbsent(
                region, r -> buildScoring(ruleSet.overrideFor(r), ruleSet.alertLinesFor(r)));
    }

    private Scoring buildScoring(
            Optional<RegionOverride> regionOverride, Map<AlertLevel, Integer> alertLines) {
        int n = rules.length;
        int[] scores = new int[n];
        long[] thresholds = new long[n];
        boolean[] enabled = new boolean[n];
        RegionOverride override = regionOverride.orElse(null);
        for (int i = 0; i < n; i++) {
            Indicator indicator = rules[i].indicator();
            IndicatorOverride change =
                    override == null ? null : override.indicators().get(indicator.code());
            scores[i] = indicator.score();
            thresholds[i] = baseThreshold(indicator.kind());
            enabled[i] = true;
            if (change != null) {
                scores[i] = change.score().orElse(scores[i]);
                if (change.threshold().isPresent()) {
                    thresholds[i] = parseThreshold(indicator, change.threshold().get());
                }
                enabled[i] = !change.disabled();
            }
        }
        int[] lines = new int[AlertLevel.values().length];
        alertLines.forEach((level, line) -> lines[level.ordinal()] = line);
        return new Scoring(scores, thresholds, enabled, lines);
    }

    private static long baseThreshold(IndicatorKind kind) {
        if (kind instanceof IndicatorKind.WindowSum s) {
            return s.threshold().fen();
        }
        if (kind instanceof IndicatorKind.WindowCount c) {
            return c.threshold();
        }
        if (kind instanceof IndicatorKind.HouseholdCondition h) {
            return h.minMembers();
        }
        return 1;
    }

    private static long parseThreshold(Indicator indicator, String text) {
        if (indicator.kind() instanceof IndicatorKind.WindowSum) {
            return Yuan.parse(text).fen();
        }
        if (indicator.kind() instanceof IndicatorKind.WindowCount) {
            return Long.parseLong(text.trim());
        }
        throw new IllegalArgumentException(indicator.code() + " takes no threshold override");
    }
}
