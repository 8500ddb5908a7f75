package org.tuodi.core.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * 家庭风险状态: the engine's compact, serialisable state for one household, updated one record at a time
 * in event time. It holds the household's <em>contributions</em>: one entry for each (record,
 * indicator) pair the record matched, kept only while some window can still see it, sorted by (day,
 * record key, indicator). Parallel arrays instead of objects keep it small and plain for Flink
 * state and for {@link HouseholdStateCodec}.
 *
 * @param finalizedThrough the last assessed day (epoch day), {@link Integer#MIN_VALUE} before any:
 *     contributions after it wait until the lateness has passed
 * @param newestSeen the newest record day seen (epoch day), {@link Integer#MIN_VALUE} before any
 * @param openLevel the level of the household's open case (an {@code AlertLevel} ordinal), or -1
 * @param days each contribution's record day (epoch day)
 * @param indicators each contribution's indicator index in the rule set
 * @param amounts each contribution's amount in fen (for sums; 0 for counts)
 * @param keys each contribution's record key, {@code SOURCE:event_id}
 * @param flags each contribution's case flag: {@link #FREE}, {@link #IN_CASE} or {@link #CONSUMED}
 * @param keyHashes each record key's {@code hashCode}, derived from {@code keys}: it lets the
 *     duplicate check compare numbers before strings (not stored by the codec)
 */
public record HouseholdState(
        int finalizedThrough,
        int newestSeen,
        int openLevel,
        int[] days,
        byte[] indicators,
        long[] amounts,
        String[] keys,
        byte[] flags,
        int[] keyHashes) {

    /** Not yet evidence of a case. */
    public static final byte FREE = 0;

    /** Evidence of the open case. */
    public static final byte IN_CASE = 1;

    /** Evidence of a closed case: never counts again. */
    public static final byte CONSUMED = 2;

    public HouseholdState {
        Objects.requireNonNull(days, "days");
        int n = days.length;
        if (indicators.length != n
                || amounts.length != n
                || keys.length != n
                || flags.length != n) {
            throw new IllegalArgumentException("contribution arrays differ in length");
        }
    }

    /** The state of a household the engine has seen nothing of. */
    public static HouseholdState empty() {
        return new HouseholdState(
                Integer.MIN_VALUE,
                Integer.MIN_VALUE,
                -1,
                new int[0],
                new byte[0],
                new long[0],
                new String[0],
                new byte[0],
                new int[0]);
    }

    /** The hashes of the keys, for {@link #keyHashes}. */
    public static int[] hashesOf(String[] keys) {
        int[] hashes = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            hashes[i] = keys[i].hashCode();
        }
        return hashes;
    }

    /** The number of contributions held. */
    public int size() {
        return days.length;
    }

    public boolean hasOpenCase() {
        return openLevel >= 0;
    }

    /** Whether a record with this key is held (and so would be a duplicate). */
    public boolean holds(String key) {
        int hash = key.hashCode();
        for (int i = 0; i < keyHashes.length; i++) {
            if (keyHashes[i] == hash && keys[i].equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HouseholdState s
                && s.finalizedThrough == finalizedThrough
                && s.newestSeen == newestSeen
                && s.openLevel == openLevel
                && Arrays.equals(s.days, days)
                && Arrays.equals(s.indicators, indicators)
                && Arrays.equals(s.amounts, amounts)
                && Arrays.equals(s.keys, keys)
                && Arrays.equals(s.flags, flags);
    }

    @Override
    public int hashCode() {
        return Objects.hash(finalizedThrough, newestSeen, openLevel, Arrays.hashCode(days))
                + 31 * Arrays.hashCode(keys);
    }

    @Override
    public String toString() {
        return "HouseholdState[finalizedThrough="
                + finalizedThrough
                + ", newestSeen="
                + newestSeen
                + ", openLevel="
                + openLevel
                + ", contributions="
                + days.length
                + "]";
    }
}
