package org.tuodi.core.engine;

/**
 * A household's contributions for the length of one engine call: the slots {@code [lo, hi)} of a
 * state's packed arrays ({@link HouseholdState#entries}), kept sorted by (day, key, indicator) so
 * that evaluation and evidence come out in one order whatever the order of delivery.
 *
 * <p>It writes into the arrays it started from only where no state can see: appending after the
 * last slot any state uses. Anything else (a record that sorts before the last one, a flag change,
 * full arrays) first copies the live slots into new arrays of its own, once per call.
 */
final class Contributions {

    /** Whether the arrays were made by this call, so no state sees them yet. */
    private boolean owned;

    /** Slot {@code i} is {@code e[1 + 2i]} (day, hash) and {@code e[2 + 2i]} (amount, flags). */
    long[] e;

    String[] keys;
    int lo;
    int hi;

    Contributions(HouseholdState state) {
        e = state.entries;
        keys = state.keys;
        lo = state.start;
        hi = state.start + state.size();
    }

    int day(int r) {
        return HouseholdState.day(e[1 + 2 * r]);
    }

    private int capacity() {
        return keys.length;
    }

    void insert(int day, int indicator, long amount, String key, int hash) {
        int at = hi;
        while (at > lo && comesAfter(at - 1, day, key, indicator)) {
            at--;
        }
        // in place only after the last slot any state has used, or in arrays of this call's own
        boolean inPlace = owned || (e[0] == hi && at == hi);
        if (!inPlace || hi == capacity()) {
            int offset = lo;
            own(1);
            at -= offset;
        }
        if (at < hi) {
            System.arraycopy(e, 1 + 2 * at, e, 3 + 2 * at, 2 * (hi - at));
            System.arraycopy(keys, at, keys, at + 1, hi - at);
        }
        e[1 + 2 * at] = HouseholdState.first(day, hash);
        e[2 + 2 * at] = HouseholdState.second(amount, indicator, HouseholdState.FREE);
        keys[at] = key;
        hi++;
        e[0] = hi;
    }

    /** Makes the flags writable: call before changing any (the slots may move, see {@link #lo}). */
    void writable() {
        if (!owned) {
            own(0);
        }
    }

    /** Sets the flag of slot {@code r}; only after {@link #writable}. */
    void flag(int r, byte flag) {
        e[2 + 2 * r] = (e[2 + 2 * r] & ~3L) | flag;
    }

    /**
     * Makes the live slots this call's own: copies them to the start of new arrays with room for
     * {@code extra} more (and some spare, so that later appends need no copy).
     */
    private void own(int extra) {
        int size = hi - lo;
        if (owned && lo == 0 && size + extra <= capacity()) {
            return;
        }
        int capacity = Math.max(size + extra, size + (size >> 1) + 4);
        long[] entries = new long[1 + 2 * capacity];
        String[] copied = new String[capacity];
        System.arraycopy(e, 1 + 2 * lo, entries, 1, 2 * size);
        System.arraycopy(keys, lo, copied, 0, size);
        entries[0] = size;
        e = entries;
        keys = copied;
        owned = true;
        lo = 0;
        hi = size;
    }

    private boolean comesAfter(int i, int day, String key, int indicator) {
        int d = day(i);
        if (d != day) {
            return d > day;
        }
        int byKey = keys[i].compareTo(key);
        return byKey != 0 ? byKey > 0 : HouseholdState.indicator(e[2 + 2 * i]) > indicator;
    }

    /**
     * Drops contributions on or before {@code day}: no window that is still to come sees them. They
     * are sorted by day, so these are a prefix; their slots stay until the arrays are copied.
     */
    void dropThrough(int day) {
        while (lo < hi && day(lo) <= day) {
            if (owned) {
                keys[lo] = null;
            }
            lo++;
        }
    }

    HouseholdState toState(int finalizedThrough, int newestSeen, int openLevel) {
        return new HouseholdState(finalizedThrough, newestSeen, openLevel, e, keys, lo, hi - lo);
    }
}
