package org.tuodi.server.dashboard;

import java.time.LocalDate;
import org.tuodi.core.region.RegionCode;

/**
 * 统计条件: which region and which days of raising to count. Each part may be null for its default: the
 * user's region; {@code to} the clock date; {@code from} 29 days before {@code to} (30 days).
 */
public record StatisticsQuery(RegionCode region, LocalDate from, LocalDate to) {

    /** The defaults: the user's region, the last 30 days. */
    public static StatisticsQuery defaults() {
        return new StatisticsQuery(null, null, null);
    }
}
