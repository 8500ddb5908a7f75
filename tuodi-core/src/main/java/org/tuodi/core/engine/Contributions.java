package org.tuodi.core.engine;

import java.util.Arrays;

/**
 * A mutable working copy of a household's contributions for the length of one engine call, kept
 * sorted by (day, key, indicator) so that evaluation and evidence come out in one order whatever
 * the order of delivery.
 */
final class Contributions {

    int size;
    int[] days;
    byte[] indicators;
    long[] amounts;
    String[] keys;
    byte[] flags;
    int[] hashes;

    /** A working copy with room for {@code adding} more contributions. */
    Contributions(HouseholdState state, int adding) {
        size = state.size();
        int capacity = size + adding;
        days = Arrays.copyOf(state.days(), capacity);
        indicators = Arrays.copyOf(state.indicators(), capacity);
        amounts = Arrays.copyOf(state.amounts(), capacity);
        keys = Arrays.copyOf(state.keys(), capacity);
        flags = Arrays.copyOf(state.flags(), capacity);
        hashes = Arrays.copyOf(state.keyHashes(), capacity);
    }

    void insert(int day, int indicator, long amount, String key) {
        if (size == days.length) {
            int capacity = size * 2 + 4;
            days = Arrays.copyOf(days, capacity);
            indicators = Arrays.copyOf(indicators, capacity);
            amounts = Arrays.copyOf(amounts, capacity);
            keys = Arrays.copyOf(keys, capacity);
            flags = Arrays.copyOf(flags, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
        }
        int at = size;
        while (at > 0 && comesAfter(at - 1, day, key, indicator)) {
            at--;
        }
        System.arraycopy(days, at, days, at + 1, size - at);
        System.arraycopy(indicators, at, indicators, at + 1, size - at);
        System.arraycopy(amounts, at, amounts, at + 1, size - at);
        System.arraycopy(keys, at, keys, at + 1, size - at);
        System.arraycopy(flags, at, flags, at + 1, size - at);
        System.arraycopy(hashes, at, hashes, at + 1, size - at);
        days[at] = day;
        indicators[at] = (byte) indicator;
        amounts[at] = amount;
        keys[at] = key;
        flags[at] = HouseholdState.FREE;
        hashes[at] = key.hashCode();
        size++;
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
     * are sorted by day, so these are a prefix.
     */
    void dropThrough(int day) {
        int drop = 0;
        while (drop < size && days[drop] <= day) {
            drop++;
        }
        if (drop == 0) {
            return;
        }
        int kept = size - drop;
        System.arraycopy(days, drop, days, 0, kept);
        System.arraycopy(indicators, drop, indicators, 0, kept);
        System.arraycopy(amounts, drop, amounts, 0, kept);
        System.arraycopy(keys, drop, keys, 0, kept);
        System.arraycopy(flags, drop, flags, 0, kept);
        System.arraycopy(hashes, drop, hashes, 0, kept);
        Arrays.fill(keys, kept, size, null);
        size = kept;
    }

    HouseholdState toState(int finalizedThrough, int newestSeen, int openLevel) {
        if (size == days.length) {
            return new HouseholdState(
                    finalizedThrough,
                    newestSeen,
                    openLevel,
                    days,
                    indicators,
                    amounts,
                    keys,
                    flags,
                    hashes);
        }
        return new HouseholdState(
                finalizedThrough,
                newestSeen,
                openLevel,
                Arrays.copyOf(days, size),
                Arrays.copyOf(indicators, size),
                Arrays.copyOf(amounts, size),
                Arrays.copyOf(keys, size),
                Arrays.copyOf(flags, size),
                Arrays.copyOf(hashes, size));
    }
}
