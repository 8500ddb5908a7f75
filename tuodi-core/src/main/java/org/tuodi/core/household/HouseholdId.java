package org.tuodi.core.household;

import java.util.Objects;

/** 户编号: the unique id of a monitored household, at most 32 characters (formats.md). */
public record HouseholdId(String value) implements Comparable<HouseholdId> {

    public HouseholdId {
        Objects.requireNonNull(value, "household id");
        if (value.isBlank() || value.length() > 32) {
            throw new IllegalArgumentException(
                    "household id must have 1 to 32 characters, has " + value.length());
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException("household id must not start or end with spaces");
        }
    }

    @Override
    public int compareTo(HouseholdId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
