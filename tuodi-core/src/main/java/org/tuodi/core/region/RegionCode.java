package org.tuodi.core.region;

import java.util.Objects;
import java.util.Optional;

/**
 * 统计用区划代码: the 12-digit statistical division code of a region (province 2 digits, city 4, county 6,
 * town 9, village 12), a higher level padded with zeros: 临颍县 is {@code 411122000000}, 繁城回族镇 {@code
 * 411122101000}. Short forms (2, 4, 6 or 9 digits) are accepted and padded.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

    public RegionCode {
        Objects.requireNonNull(value, "value");
        if (value.length() != 12 || !isDigits(value)) {
            throw new IllegalArgumentException(
                    "a region code has 12 digits (or 2, 4, 6, 9 before padding): '" + value + "'");
        }
        if (value.startsWith("00")) {
            throw new IllegalArgumentException("no province has code 00: '" + value + "'");
        }
    }

    /** Parses a code of 2, 4, 6, 9 or 12 digits. */
    public static RegionCode of(String code) {
        Objects.requireNonNull(code, "code");
        String trimmed = code.trim();
        boolean known = false;
        for (RegionLevel level : RegionLevel.values()) {
            known |= trimmed.length() == level.digits();
        }
        if (!known || !isDigits(trimmed)) {
            throw new IllegalArgumentException(
                    "a region code has 2, 4, 6, 9 or 12 digits: '" + code + "'");
        }
        return new RegionCode((trimmed + "000000000000").substring(0, 12));
    }

    /** ASCII digits only: {@link Character#isDigit} would also let full-width digits through. */
    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The level: the longest prefix that is not padding. */
    public RegionLevel level() {
        if (!value.endsWith("000")) {
            return RegionLevel.VILLAGE;
        }
        if (!value.endsWith("000000")) {
            return RegionLevel.TOWN;
        }
        if (!value.endsWith("00000000")) {
            return RegionLevel.COUNTY;
        }
        if (!value.endsWith("0000000000")) {
            return RegionLevel.CITY;
        }
        return RegionLevel.PROVINCE;
    }

    /** The significant digits only: {@code 411122} for 临颍县. */
    public String shortCode() {
        return value.substring(0, level().digits());
    }

    /** The region one level up, or empty for a province. */
    public Optional<RegionCode> parent() {
        RegionLevel level = level();
        if (level == RegionLevel.PROVINCE) {
            return Optional.empty();
        }
        return Optional.of(ancestorAt(RegionLevel.values()[level.ordinal() - 1]));
    }

    /** The region containing this one at the given (higher or equal) level. */
    public RegionCode ancestorAt(RegionLevel level) {
        if (level.ordinal() > level().ordinal()) {
            throw new IllegalArgumentException(value + " is above level " + level);
        }
        return of(value.substring(0, level.digits()));
    }

    /** Whether {@code other} is this region or lies within it. */
    public boolean contains(RegionCode other) {
        return other.value.startsWith(shortCode());
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
