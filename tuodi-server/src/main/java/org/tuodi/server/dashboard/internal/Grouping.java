package org.tuodi.server.dashboard.internal;

import org.tuodi.core.region.RegionLevel;

/**
 * How facts are grouped or filtered: the view column for each region level, the case's level, the
 * day of raising, or everything in one group. Only these columns are ever written into the SQL of
 * the statistics.
 */
enum Grouping {
    ALL("'all'"),
    PROVINCE("province_code"),
    CITY("city_code"),
    COUNTY("county_code"),
    TOWN("town_code"),
    VILLAGE("region_code"),
    LEVEL("level"),
    DAY("to_char(raised_on, 'YYYY-MM-DD')");

    /** The key of the one group of {@link #ALL}. */
    static final String EVERYTHING = "all";

    private final String column;

    Grouping(String column) {
        this.column = column;
    }

    static Grouping of(RegionLevel level) {
        return valueOf(level.name());
    }

    String column() {
        return column;
    }
}
