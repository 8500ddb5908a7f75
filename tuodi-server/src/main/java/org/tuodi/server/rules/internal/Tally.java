package org.tuodi.server.rules.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.tuodi.core.engine.AlertDecision;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionLevel;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.server.rules.WhatIfRun;

/**
 * The counts of a what-if: the decisions of both rule sets, household by household, added up per
 * level, per region one level below the run's and per town. Not thread-safe: one run's job fills
 * it.
 */
final class Tally {

    private final RegionLevel breakdown;
    private final Side candidate = new Side();
    private final Side current = new Side();

    /**
     * @param region the run's region; regions are broken down one level below (a village is its own
     *     breakdown)
     */
    Tally(RegionCode region) {
        RegionLevel level = region.level();
        this.breakdown =
                level == RegionLevel.VILLAGE ? level : RegionLevel.values()[level.ordinal() + 1];
    }

    void add(RegionCode village, List<AlertDecision> byCandidate, List<AlertDecision> byCurrent) {
        candidate.add(village, byCandidate);
        current.add(village, byCurrent);
    }

    WhatIfRun.Result result(Function<RegionCode, String> names) {
        List<WhatIfRun.RegionRow> regions = new ArrayList<>();
        TreeMap<RegionCode, Boolean> regionCodes = new TreeMap<>();
        candidate.byRegion.keySet().forEach(r -> regionCodes.put(r, true));
        current.byRegion.keySet().forEach(r -> regionCodes.put(r, true));
        for (RegionCode r : regionCodes.keySet()) {
            regions.add(
                    new WhatIfRun.RegionRow(
                            r,
                            names.apply(r),
                            levels(candidate.byRegion.get(r)),
                            levels(current.byRegion.get(r))));
        }
        TreeMap<RegionCode, Boolean> townCodes = new TreeMap<>();
        candidate.byTown.keySet().forEach(t -> townCodes.put(t, true));
        current.byTown.keySet().forEach(t -> townCodes.put(t, true));
        List<WhatIfRun.TownRow> towns = new ArrayList<>();
        for (RegionCode t : townCodes.keySet()) {
            Map<AlertLevel, Integer> c = levels(candidate.byTown.get(t));
            Map<AlertLevel, Integer> k = levels(current.byTown.get(t));
            towns.add(
                    new WhatIfRun.TownRow(
                            t,
                            names.apply(t),
                            sum(c),
                            c.get(AlertLevel.URGENT),
                            sum(k),
                            k.get(AlertLevel.URGENT)));
        }
        return new WhatIfRun.Result(
                candidate.outcome(), current.outcome(), List.copyOf(regions), List.copyOf(towns));
    }

    private static int sum(Map<AlertLevel, Integer> levels) {
        return levels.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<AlertLevel, Integer> levels(Map<AlertLevel, Integer> counts) {
        Map<AlertLevel, Integer> all = new EnumMap<>(AlertLevel.class);
        for (AlertLevel level : AlertLevel.values()) {
            all.put(level, counts == null ? 0 : counts.getOrDefault(level, 0));
        }
        return all;
    }

    /** One rule set's counts. */
    private final class Side {
        private final Map<AlertLevel, Integer> raised = new EnumMap<>(AlertLevel.class);
        private final Map<RegionCode, Map<AlertLevel, Integer>> byRegion = new TreeMap<>();
        private final Map<RegionCode, Map<AlertLevel, Integer>> byTown = new TreeMap<>();
        private int escalated;
        private int households;
        private int alerted;

        void add(RegionCode village, List<AlertDecision> decisions) {
            households++;
            boolean any = false;
            for (AlertDecision d : decisions) {
                if (d instanceof AlertDecision.Raise) {
                    any = true;
                    raised.merge(d.level(), 1, Integer::sum);
                    count(byRegion, village.ancestorAt(breakdown), d.level());
                    count(byTown, village.ancestorAt(RegionLevel.TOWN), d.level());
                } else if (d instanceof AlertDecision.Escalate) {
                    escalated++;
                }
            }
            if (any) {
                alerted++;
            }
        }

        private void count(
                Map<RegionCode, Map<AlertLevel, Integer>> counts,
                RegionCode region,
                AlertLevel level) {
            counts.computeIfAbsent(region, r -> new EnumMap<>(AlertLevel.class))
                    .merge(level, 1, Integer::sum);
        }

        WhatIfRun.Outcome outcome() {
            return new WhatIfRun.Outcome(levels(raised), escalated, households, alerted);
        }
    }
}
