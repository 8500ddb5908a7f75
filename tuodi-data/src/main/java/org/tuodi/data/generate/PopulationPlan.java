package org.tuodi.data.generate;

/**
 * 人口规划: how many households of each {@link Stratum} a synthetic province has at a scale. At scale
 * 1.0 the people match Henan's published figures (306.3万 低保, 48.3万 特困; 40.5万 防返贫 monitored people
 * covered by social assistance, 49% of all monitored), with assumed sizes for the other groups
 * (docs/synthetic-province.md).
 *
 * <p>Household {@code i} gets its stratum from a golden-ratio (Weyl) sequence rather than a random
 * draw: consecutive households interleave the strata and the counts at any scale stay within a
 * household or two of the plan.
 */
final class PopulationPlan {

    /** The golden ratio's fractional part: the most evenly spread Weyl sequence step. */
    private static final double STEP = 0.6180339887498949;

    private final Stratum[] strata = Stratum.values();
    private final double[] upperBounds = new double[strata.length];
    private final long householdsAtFullScale;

    PopulationPlan() {
        long total = 0;
        for (Stratum stratum : strata) {
            total += stratum.households();
        }
        double cumulative = 0;
        for (int s = 0; s < strata.length; s++) {
            cumulative += (double) strata[s].households() / total;
            upperBounds[s] = cumulative;
        }
        upperBounds[strata.length - 1] = 1.0;
        this.householdsAtFullScale = total;
    }

    /** Households at scale 1.0. */
    long householdsAtFullScale() {
        return householdsAtFullScale;
    }

    /** Households at the scale, at least one. */
    long households(double scale) {
        return Math.max(1, Math.round(scale * householdsAtFullScale));
    }

    /** The stratum of household {@code index}; the seed shifts the sequence. */
    Stratum stratumOf(long seed, long index) {
        double offset = (Seeds.mix(seed) >>> 11) * 0x1.0p-53;
        double u = offset + (index + 1) * STEP;
        u -= StrictMath.floor(u);
        for (int s = 0; s < strata.length; s++) {
            if (u < upperBounds[s]) {
                return strata[s];
            }
        }
        return strata[strata.length - 1];
    }
}
