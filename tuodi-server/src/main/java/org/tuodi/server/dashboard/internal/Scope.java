package org.tuodi.server.dashboard.internal;

import java.time.LocalDate;
import org.tuodi.core.region.RegionCode;
import org.tuodi.server.dashboard.StatisticsViews.Selection;

/**
 * What one statistics request counts, defaults applied and access checked: the region, the days of
 * raising {@code from}–{@code to} (both included) and the clock date.
 *
 * @param name the region's full Chinese name
 */
record Scope(RegionCode region, String name, LocalDate from, LocalDate to, LocalDate today) {

    /** The view column that holds the region's code at its level. */
    Grouping within() {
        return Grouping.of(region.level());
    }

    Selection selection() {
        return new Selection(region.value(), name, region.level(), from, to, today);
    }
}
