package org.tuodi.core.region;

/**
 * 区划级别: the five levels of the statistical division code, each with the number of leading digits
 * that identify it (GB/T 2260 and the statistical extension to 12 digits).
 */
public enum RegionLevel {
    /** 省级. */
    PROVINCE(2),
    /** 地级 (prefecture city). */
    CITY(4),
    /** 县级 (county, district). */
    COUNTY(6),
    /** 乡级 (town, township, street). */
    TOWN(9),
    /** 村级 (village or community committee). */
    VILLAGE(12);

    private final int digits;

    RegionLevel(int digits) {
        this.digits = digits;
    }

    /** How many leading digits of the 12-digit code identify a region of this level. */
    public int digits() {
        return digits;
    }
}
