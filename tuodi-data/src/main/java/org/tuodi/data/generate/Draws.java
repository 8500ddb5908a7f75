package org.tuodi.data.generate;

import java.util.SplittableRandom;

/**
 * The random draws the generator needs, on a {@link SplittableRandom}. Transcendental functions go
 * through {@link StrictMath} (fdlibm), whose results are the same on every JVM and CPU, so a seed
 * gives the same files byte for byte everywhere; {@link Math} may differ in the last bit.
 */
final class Draws {

    /** A month index meaning "not within the generated period". */
    static final int NEVER = Integer.MAX_VALUE;

    private Draws() {}

    static boolean chance(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    static int between(SplittableRandom rng, int low, int high) {
        return low + rng.nextInt(high - low + 1);
    }

    static double uniform(SplittableRandom rng, double low, double high) {
        return low + (high - low) * rng.nextDouble();
    }

    /** A standard normal draw (Box–Muller, one value per two uniforms). */
    static double gaussian(SplittableRandom rng) {
        double u = 1.0 - rng.nextDouble(); // (0, 1]: the logarithm stays finite
        double v = rng.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** A log-normal draw with the given median and log-scale spread: a heavy right tail. */
    static double logNormal(SplittableRandom rng, double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian(rng));
    }

    /**
     * The month (0, 1, …) in which an event with a constant monthly probability first happens, or
     * {@link #NEVER} when it does not happen within {@code months}. Always one draw, so the draws
     * after it do not depend on the outcome.
     */
    static int firstMonth(SplittableRandom rng, double monthly, int months) {
        double u = 1.0 - rng.nextDouble();
        if (monthly <= 0) {
            return NEVER;
        }
        if (monthly >= 1) {
            return 0;
        }
        double month = StrictMath.floor(StrictMath.log(u) / StrictMath.log1p(-monthly));
        return month < months ? (int) month : NEVER;
    }

    /** A Poisson draw (Knuth's product of uniforms; meant for small means). */
    static int poisson(SplittableRandom rng, double mean) {
        double limit = StrictMath.exp(-mean);
        int count = 0;
        double product = rng.nextDouble();
        while (product > limit) {
            count++;
            product *= rng.nextDouble();
        }
        return count;
    }

    /** An index picked with the given weights (they need not add up to 1). */
    static int weighted(SplittableRandom rng, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = rng.nextDouble() * total;
        for (int i = 0; i < weights.length - 1; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Yuan to fen, rounded half up; never negative. */
    static long fen(double yuan) {
        return Math.max(0, Math.round(yuan * 100));
    }
}
