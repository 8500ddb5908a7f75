package org.tuodi.data.generate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * 区域冲击: the events that strike many households at once, drawn once for the province from the seed:
 * disasters (a flood or a hailstorm hitting one to four neighbouring towns in a month, more in the
 * rainy season) and layoffs (a county where registrations for unemployment jump for a month). A few
 * hundred entries at most, whatever the scale.
 */
final class Shocks {

    /** A disaster in a town: its month, the day it struck, the share of households hit. */
    record Disaster(int month, int day, double affectedShare) {}

    private static final int[] NONE = new int[0];

    private final Map<Integer, List<Disaster>> disastersByTown;
    private final Map<Integer, int[]> layoffsByCounty;
    private final int disasters;
    private final int layoffs;

    private Shocks(
            Map<Integer, List<Disaster>> disastersByTown,
            Map<Integer, int[]> layoffsByCounty,
            int disasters,
            int layoffs) {
        this.disastersByTown = disastersByTown;
        this.layoffsByCounty = layoffsByCounty;
        this.disasters = disasters;
        this.layoffs = layoffs;
    }

    /** The shocks of a province over {@code months} months from {@code start}. */
    static Shocks draw(long seed, Province province, YearMonth start, int months) {
        Map<Integer, List<Disaster>> byTown = new HashMap<>();
        Map<Integer, int[]> byCounty = new HashMap<>();
        int disasters = 0;
        int layoffs = 0;
        for (int m = 0; m < months; m++) {
            // One stream per month: a longer period adds months and never changes earlier ones.
            SplittableRandom rng = Seeds.stream(seed, Seeds.SHOCKS, m);
            YearMonth month = start.plusMonths(m);
            double season = Rates.DISASTER_SEASON[month.getMonthValue() - 1];
            int count = Draws.poisson(rng, Rates.DISASTERS_PER_MONTH * season);
            for (int d = 0; d < count; d++) {
                int first = rng.nextInt(province.towns());
                int towns = Draws.between(rng, 1, 4);
                int day = Draws.between(rng, 1, month.lengthOfMonth());
                double share = Draws.uniform(rng, 0.2, 0.6);
                for (int t = first; t < Math.min(province.towns(), first + towns); t++) {
                    byTown.computeIfAbsent(t, k -> new ArrayList<>())
                            .add(new Disaster(m, day, share));
                }
                disasters++;
            }
            int layoffCount = Draws.poisson(rng, Rates.LAYOFFS_PER_MONTH);
            for (int l = 0; l < layoffCount; l++) {
                int county = rng.nextInt(province.counties());
                int[] before = byCounty.getOrDefault(county, NONE);
                int[] after = java.util.Arrays.copyOf(before, before.length + 1);
                after[before.length] = m;
                byCounty.put(county, after);
                layoffs++;
            }
        }
        return new Shocks(byTown, byCounty, disasters, layoffs);
    }

    /** The disasters that hit the town, in month order. */
    List<Disaster> disastersIn(int town) {
        return disastersByTown.getOrDefault(town, List.of());
    }

    /** The months in which the county has a layoff shock (may repeat a month). */
    int[] layoffMonths(int county) {
        return layoffsByCounty.getOrDefault(county, NONE);
    }

    /** How many disasters were drawn. */
    int disasters() {
        return disasters;
    }

    /** How many town-months were hit by a disaster. */
    int townsHit() {
        return disastersByTown.values().stream().mapToInt(List::size).sum();
    }

    /** How many county layoff shocks were drawn. */
    int layoffs() {
        return layoffs;
    }
}
