package org.tuodi.data.generate;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the run's seed: one per household and purpose (its
 * structure, its names, each month's records) and a few for the whole province (shocks). A stream
 * depends only on its key, never on what was drawn before, so each household can be re-derived in
 * any pass and the output does not depend on the order work is done in.
 */
final class Seeds {

    /** The stream of a household's structure: members, traits, life course. */
    static final long STRUCTURE = 1;

    /** The stream of a household's names and address details (members.csv only). */
    static final long NAMES = 2;

    /** The province-wide stream of the regional shocks of month {@code m} (index m). */
    static final long SHOCKS = 3;

    /** The key of the layoff chances (a hash, not a stream). */
    static final long LAYOFFS = 4;

    /** The stream of the records of a household in month {@code m} is {@code MONTH + m}. */
    static final long MONTH = 1_000;

    private Seeds() {}

    /** A random stream for (seed, purpose, index). */
    static SplittableRandom stream(long seed, long purpose, long index) {
        return new SplittableRandom(mix(mix(mix(seed) ^ purpose) + index));
    }

    /** A hash of several numbers, for choices that must not use a stream (offsets, towns). */
    static long hash(long seed, long a, long b) {
        return mix(mix(mix(seed) ^ a) + b);
    }

    /**
     * The 64-bit finaliser of SplitMix64 (Steele, Lea, Flood 2014): a bijection that mixes well.
     */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
