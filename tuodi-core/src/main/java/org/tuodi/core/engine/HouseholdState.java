package org.tuodi.core.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * 家庭风险状态: the engine's serialisable state for one household, updated one record at a time in event
 * time. It holds the household's <em>contributions</em>: one entry for each (record, indicator)
 * pair the record matched, kept only while some window can still see it, sorted by (day, record
 * key, indicator). Parallel arrays instead of objects keep it small and plain for Flink state and
 * for {@link HouseholdStateCodec}.
 *
 * <p>A state is a value: nothing the engine does later changes what a state shows. To spare the
 * engine a copy of every array per record, states share their arrays ({@link Store}): the
 * contributions of a state are the slots {@code [start, start + size)} of its store, which has
 * spare capacity at the end. The engine appends a record in place only when no later state has used
 * the slots after this state's last one; it copies the arrays (once per call) when a record sorts
 * before the last held one, when a decision or a closed case changes a flag, or when the store is
 * full. Dropping contributions no window sees any more only moves {@code start}. The accessors
 * {@link #days()} and the like return trimmed copies.
 */
public final class HouseholdState {

    /** Not yet evidence of a case. */
    public static final byte FREE = 0;

    /** Evidence of the open case. */
    public static final byte IN_CASE = 1;

    /** Evidence of a closed case: never counts again. */
    public static final byte CONSUMED = 2;

    /**
     * Contribution arrays shared by a state and the states the engine derived from it. Slots below
     * {@link #end} may be seen by some state and are never written again; slots from {@code end} on
     * are free for whoever owns the slot just before them.
     */
    static final class Store {
        final int[] days;
        final byte[] indicators;
        final long[] amounts;
        final String[] keys;
        final byte[] flags;
        final int[] hashes;

        /** The first slot no state uses. */
        int end;

        Store(int capacity) {
            this(
                    new int[capacity],
                    new byte[capacity],
                    new long[capacity],
                    new String[capacity],
                    new byte[capacity],
                    new int[capacity],
                    0);
        }

        Store(
                int[] days,
                byte[] indicators,
                long[] amounts,
                String[] keys,
                byte[] flags,
                int[] hashes,
                int end) {
            this.days = days;
            this.indicators = indicators;
            this.amounts = amounts;
            this.keys = keys;
            this.flags = flags;
            this.hashes = hashes;
            this.end = end;
        }

        int capacity() {
            return days.length;
        }
    }

    private static final Store NONE = new Store(0);

    private final int finalizedThrough;
    private final int newestSeen;
    private final int openLevel;
    final Store store;
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
        this.finalizedThrough = finalizedThrough;
        this.newestSeen = newestSeen;
        this.openLevel = openLevel;
        this.store = new Store(days, indicators, amounts, keys, flags, keyHashes, n);
        this.start = 0;
        this.size = n;
    }

    /** A state over slots of a store (the engine's own). */
    HouseholdState(
            int finalizedThrough, int newestSeen, int openLevel, Store store, int start, int size) {
        this.finalizedThrough = finalizedThrough;
        this.newestSeen = newestSeen;
        this.openLevel = openLevel;
        this.store = size == 0 ? NONE : store;
        this.start = size == 0 ? 0 : start;
        this.size = size;
    }

    /** The state of a household the engine has seen nothing of. */
    public static HouseholdState empty() {
        return new HouseholdState(Integer.MIN_VALUE, Integer.MIN_VALUE, -1, NONE, 0, 0);
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
        return Arrays.copyOfRange(store.days, start, start + size);
    }

    /** Each contribution's indicator index in the rule set; a copy. */
    public byte[] indicators() {
        return Arrays.copyOfRange(store.indicators, start, start + size);
    }

    /** Each contribution's amount in fen (0 for counts); a copy. */
    public long[] amounts() {
        return Arrays.copyOfRange(store.amounts, start, start + size);
    }

    /** Each contribution's record key, {@code SOURCE:event_id}; a copy. */
    public String[] keys() {
        return Arrays.copyOfRange(store.keys, start, start + size);
    }

    /** Each contribution's case flag; a copy. */
    public byte[] flags() {
        return Arrays.copyOfRange(store.flags, start, start + size);
    }

    /** Each record key's {@code hashCode}; a copy. */
    public int[] keyHashes() {
        return Arrays.copyOfRange(store.hashes, start, start + size);
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
        int[] hashes = store.hashes;
        String[] keys = store.keys;
        for (int i = start, end = start + size; i < end; i++) {
            if (hashes[i] == hash && keys[i].equals(key)) {
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
        int end = start + size;
        int sEnd = s.start + s.size;
        return s.finalizedThrough == finalizedThrough
                && s.newestSeen == newestSeen
                && s.openLevel == openLevel
                && Arrays.equals(s.store.days, s.start, sEnd, store.days, start, end)
                && Arrays.equals(s.store.indicators, s.start, sEnd, store.indicators, start, end)
                && Arrays.equals(s.store.amounts, s.start, sEnd, store.amounts, start, end)
                && Arrays.equals(s.store.keys, s.start, sEnd, store.keys, start, end)
                && Arrays.equals(s.store.flags, s.start, sEnd, store.flags, start, end);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(finalizedThrough, newestSeen, openLevel, size);
        for (int i = start; i < start + size; i++) {
            h = 31 * h + store.days[i];
            h = 31 * h + store.hashes[i];
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
