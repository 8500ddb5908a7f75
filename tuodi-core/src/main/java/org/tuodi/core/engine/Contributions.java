package org.tuodi.core.engine;

/**
 * A household's contributions for the length of one engine call: the slots {@code [lo, hi)} of a
 * {@link HouseholdState.Store}, kept sorted by (day, key, indicator) so that evaluation and
 * evidence come out in one order whatever the order of delivery.
 *
 * <p>It writes into the store it started from only where no state can see: appending after the last
 * slot any state uses. Anything else (a record that sorts before the last one, a flag change, a
 * full store) first copies the live slots into a new store of its own, once per call.
 */
final class Contributions {

    private HouseholdState.Store store;

    /** Whether {@link #store} was made by this call, so no state sees it yet. */
    private boolean owned;

    int lo;
    int hi;
    int[] days;
    byte[] indicators;
    long[] amounts;
    String[] keys;
    byte[] flags;
    int[] hashes;

    Contributions(HouseholdState state) {
        use(state.store, false);
        lo = state.start;
        hi = state.start + state.size();
    }

    private void use(HouseholdState.Store s, boolean owned) {
        this.store = s;
        this.owned = owned;
        days = s.days;
        indicators = s.indicators;
        amounts = s.amounts;
        keys = s.keys;
        flags = s.flags;
        hashes = s.hashes;
    }

    int size() {
        return hi - lo;
    }

    void insert(int day, int indicator, long amount, String key, int hash) {
        int at = hi;
        while (at > lo && comesAfter(at - 1, day, key, indicator)) {
            at--;
        }
        // in place only after the last slot any state has used, or in a store of this call's own
        boolean inPlace = owned || (store.end == hi && at == hi);
        if (!inPlace || hi == store.capacity()) {
            int offset = lo;
            own(1);
            at -= offset;
        }
        if (at < hi) {
            System.arraycopy(days, at, days, at + 1, hi - at);
            System.arraycopy(indicators, at, indicators, at + 1, hi - at);
            System.arraycopy(amounts, at, amounts, at + 1, hi - at);
            System.arraycopy(keys, at, keys, at + 1, hi - at);
            System.arraycopy(flags, at, flags, at + 1, hi - at);
            System.arraycopy(hashes, at, hashes, at + 1, hi - at);
        }
        days[at] = day;
        indicators[at] = (byte) indicator;
        amounts[at] = amount;
        keys[at] = key;
        flags[at] = HouseholdState.FREE;
        hashes[at] = hash;
        hi++;
        store.end = hi;
    }

    /** Makes the flags writable: call before changing any (the slots may move, see {@link #lo}). */
    void writable() {
        if (!owned) {
            own(0);
        }
    }

    /**
     * Makes the live slots this call's own: copies them to the start of a new store with room for
     * {@code extra} more (and some spare, so that later appends need no copy).
     */
    private void own(int extra) {
        int size = hi - lo;
        if (owned && lo == 0 && size + extra <= store.capacity()) {
            return;
        }
        int capacity = Math.max(size + extra, size + (size >> 1) + 4);
        HouseholdState.Store s = new HouseholdState.Store(capacity);
        System.arraycopy(days, lo, s.days, 0, size);
        System.arraycopy(indicators, lo, s.indicators, 0, size);
        System.arraycopy(amounts, lo, s.amounts, 0, size);
        System.arraycopy(keys, lo, s.keys, 0, size);
        System.arraycopy(flags, lo, s.flags, 0, size);
        System.arraycopy(hashes, lo, s.hashes, 0, size);
        s.end = size;
        use(s, true);
        lo = 0;
        hi = size;
    }

    private boolean comesAfter(int i, int day, String key, int indicator) {
        if (days[i] != day) {
            return days[i] > day;
        }
        int byKey = keys[i].compareTo(key);
        return byKey != 0 ? byKey > 0 : indicators[i] > indicator;
    }

    /**
     * Drops contributions on or before {@code day}: no window that is still to come sees them. They
     * are sorted by day, so these are a prefix; their slots stay in the store until it is copied.
     */
    void dropThrough(int day) {
        while (lo < hi && days[lo] <= day) {
            if (owned) {
                keys[lo] = null;
            }
            lo++;
        }
    }

    HouseholdState toState(int finalizedThrough, int newestSeen, int openLevel) {
        return new HouseholdState(finalizedThrough, newestSeen, openLevel, store, lo, hi - lo);
    }
}
