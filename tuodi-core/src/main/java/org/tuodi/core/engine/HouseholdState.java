package org.tuodi.core.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * 家庭风险状态: the engine's serialisable state for one household, updated one record at a time in event
 * time. It holds the household's <em>contributions</em>: one entry for each (record, indicator)
 * pair the record matched, kept only while some window can still see it, sorted by (day, record
 * key, indicator). Two plain arrays (numbers packed in a {@code long[]}, keys in a {@code
 * String[]}) instead of objects keep it small and plain for Flink state and for {@link
 * HouseholdStateCodec}.
 *
 * <p>A state is a value: nothing the engine does later changes what a state shows. To spare the
 * engine a copy of the state per record, states share their arrays with the states the engine
 * derives from them: the contributions of a state are the slots {@code [start, start + size)} of
 * arrays with spare capacity at the end. The engine appends a record in place only when no later
 * state has used the slots after this state's last one; it copies the live slots (once per call)
 * when a record sorts before the last held one, when a decision or a closed case changes a flag, or
 * when the arrays are full. Dropping contributions no window sees any more only moves {@code
 * start}. The accessors {@link #days()} and the like return trimmed copies. A state and the states
 * derived from it must be given to the engine by one thread at a time (as a keyed stream or a
 * versioned database row does).
 */
public final class HouseholdState {

    /** Not yet evidence of a case. */
    public static final byte FREE = 0;

    /** Evidence of the open case. */
    public static final byte IN_CASE = 1;

    /** Evidence of a closed case: never counts again. */
    public static final byte CONSUMED = 2;

    private static final long[] NO_ENTRIES = {0};
    private static final String[] NO_KEYS = {};

    private final int finalizedThrough;
    private final int newestSeen;
    private final int openLevel;

    /**
     * The packed contributions, shared with the states the engine derived from this one: {@code
     * entries[0]} is the first slot no state uses (slots below it may be seen by some state and are
     * never written again); slot {@code i} is {@code entries[1 + 2i]}, the day in the high and the
     * key's hash in the low 32 bits, and {@code entries[2 + 2i]}, the amount in fen shifted left by
     * 10, the indicator in bits 2 to 9 and the flag in bits 0 and 1. One array for all numbers
     * keeps a record's work on few cache lines.
     */
    final long[] entries;

    /** Each slot's record key, {@code SOURCE:event_id}. */
    final String[] keys;

    final int start;
    private final int size;

    /**
     * A state from plain arrays of equal length (as {@link HouseholdStateCodec} decodes them). The
     * state takes the arrays over: do not change them afterwards.
     *
     * @param finalizedThrough the last assessed day (epoch day), {@link Integer#MIN_VALUE} before
     *     any: contributions after it wait until the lateness has passed
     * @param newestSeen the newest record day seen (epoch day), {@link Integer#MIN_VALUE} before
     *     any
     * @param openLevel the level of the household's open case (an {@code AlertLevel} ordinal), or
     *     -1
     * @param days each contribution's record day (epoch day)
     * @param indicators each contribution's indicator index in the rule set
     * @param amounts each contribution's amount in fen (for sums; 0 for counts)
     * @param keys each contribution's record key, {@code SOURCE:event_id}
     * @param flags each contribution's case flag: {@link #FREE}, {@link #IN_CASE} or {@link
     *     #CONSUMED}
     * @param keyHashes each record key's {@code hashCode} ({@link #hashesOf}): it lets the
     *     duplicate check compare numbers before strings
     */
    public HouseholdState(
            int finalizedThrough,
            int newestSeen,
            int openLevel,
            int[] days,
            byte[] indicators,
            long[] amounts,
            String[] keys,
            byte[] flags,
            int[] keyHashes) {
        Objects.requireNonNull(days, "days");
        int n = days.length;
        if (indicators.length != n
                || amounts.length != n
                || keys.length != n
                || flags.length != n
                || keyHashes.length != n) {
            throw new IllegalArgumentException("contribution arrays differ in length");
        }
        for (byte indicator : indicators) {
            if (indicator < 0) {
                throw new IllegalArgumentException("indicator index out of range: " + indicator);
            }
        }
        this.finalizedThrough = finalizedThrough;
        this.newestSeen = newestSeen;
        this.openLevel = openLevel;
        this.entries = new long[1 + 2 * n];
        this.keys = keys;
        for (int i = 0; i < n; i++) {
            entries[1 + 2 * i] = first(days[i], keyHashes[i]);
            entries[2 + 2 * i] = second(amounts[i], indicators[i], flags[i]);
        }
        entries[0] = n;
        this.start = 0;
        this.size = n;
    }

    /** A state over slots of packed entries (the engine's own). */
    HouseholdState(
            int finalizedThrough,
            int newestSeen,
            int openLevel,
            long[] entries,
            String[] keys,
            int start,
            int size) {
        this.finalizedThrough = finalizedThrough;
        this.newestSeen = newestSeen;
        this.openLevel = openLevel;
        this.entries = size == 0 ? NO_ENTRIES : entries;
        this.keys = size == 0 ? NO_KEYS : keys;
        this.start = size == 0 ? 0 : start;
        this.size = size;
    }

    static long first(int day, int hash) {
        return ((long) day << 32) | (hash & 0xFFFF_FFFFL);
    }

    static long second(long amount, int indicator, int flag) {
        return (amount << 10) | ((long) (indicator & 0xFF) << 2) | (flag & 3);
    }

    static int day(long first) {
        return (int) (first >> 32);
    }

    static int hash(long first) {
        return (int) first;
    }

    static long amount(long second) {
        return second >> 10;
    }

    static int indicator(long second) {
        return (int) (second >>> 2) & 0xFF;
    }

    static int flag(long second) {
        return (int) second & 3;
    }

    /** The state of a household the engine has seen nothing of. */
    public static HouseholdState empty() {
        return new HouseholdState(
                Integer.MIN_VALUE, Integer.MIN_VALUE, -1, NO_ENTRIES, NO_KEYS, 0, 0);
    }

    /** The hashes of the keys, for {@link #keyHashes}. */
    public static int[] hashesOf(String[] keys) {
        int[] hashes = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            hashes[i] = keys[i].hashCode();
        }
        return hashes;
    }

    /** The last assessed day (epoch day), {@link Integer#MIN_VALUE} before any. */
    public int finalizedThrough() {
        return finalizedThrough;
    }

    /** The newest record day seen (epoch day), {@link Integer#MIN_VALUE} before any. */
    public int newestSeen() {
        return newestSeen;
    }

    /** The level of the household's open case (an {@code AlertLevel} ordinal), or -1. */
    public int openLevel() {
        return openLevel;
    }

    /** Each contribution's record day (epoch day); a copy. */
    public int[] days() {
        int[] days = new int[size];
        for (int i = 0; i < size; i++) {
            days[i] = day(entries[1 + 2 * (start + i)]);
        }
        return days;
    }

    /** Each contribution's indicator index in the rule set; a copy. */
    public byte[] indicators() {
        byte[] indicators = new byte[size];
        for (int i = 0; i < size; i++) {
            indicators[i] = (byte) indicator(entries[2 + 2 * (start + i)]);
        }
        return indicators;
    }

    /** Each contribution's amount in fen (0 for counts); a copy. */
    public long[] amounts() {
        long[] amounts = new long[size];
        for (int i = 0; i < size; i++) {
            amounts[i] = amount(entries[2 + 2 * (start + i)]);
        }
        return amounts;
    }

    /** Each contribution's record key, {@code SOURCE:event_id}; a copy. */
    public String[] keys() {
        return Arrays.copyOfRange(keys, start, start + size);
    }

    /** Each contribution's case flag; a copy. */
    public byte[] flags() {
        byte[] flags = new byte[size];
        for (int i = 0; i < size; i++) {
            flags[i] = (byte) flag(entries[2 + 2 * (start + i)]);
        }
        return flags;
    }

    /** Each record key's {@code hashCode}; a copy. */
    public int[] keyHashes() {
        int[] hashes = new int[size];
        for (int i = 0; i < size; i++) {
            hashes[i] = hash(entries[1 + 2 * (start + i)]);
        }
        return hashes;
    }

    /** The number of contributions held. */
    public int size() {
        return size;
    }

    public boolean hasOpenCase() {
        return openLevel >= 0;
    }

    /** Whether a record with this key is held (and so would be a duplicate). */
    public boolean holds(String key) {
        return holds(key, key.hashCode());
    }

    boolean holds(String key, int hash) {
        long[] e = entries;
        for (int i = start, end = start + size; i < end; i++) {
            if ((int) e[1 + 2 * i] == hash && keys[i].equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HouseholdState s)) {
            return false;
        }
        return s.finalizedThrough == finalizedThrough
                && s.newestSeen == newestSeen
                && s.openLevel == openLevel
                && s.size == size
                && Arrays.equals(
                        s.entries,
                        1 + 2 * s.start,
                        1 + 2 * (s.start + s.size),
                        entries,
                        1 + 2 * start,
                        1 + 2 * (start + size))
                && Arrays.equals(s.keys, s.start, s.start + s.size, keys, start, start + size);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(finalizedThrough, newestSeen, openLevel, size);
        for (int i = 1 + 2 * start; i < 1 + 2 * (start + size); i++) {
            h = 31 * h + Long.hashCode(entries[i]);
        }
        return h;
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
                + size
                + "]";
    }
}
