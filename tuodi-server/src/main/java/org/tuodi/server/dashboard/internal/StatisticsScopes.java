package org.tuodi.server.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.tuodi.core.region.RegionCode;
import org.tuodi.server.dashboard.StatisticsQuery;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;

/**
 * Who may read which statistics, and the defaults of a request. Officers (province, city, county,
 * town) read the statistics of their region and of any region within it; a region outside is denied
 * (403), as the case list denies it: the division data is public, so refusing says nothing a user
 * could not know. Village assistants are denied: their own cases are in the case list, a figure of
 * one assistant's few cases points at households, and it would follow the assignment rather than
 * the region, so it would not add up to the village's. Auditors and department feeds see no cases,
 * so no figures of cases either.
 */
@Component
class StatisticsScopes {

    /** The default period: the 30 days up to the clock date, both included. */
    static final int DEFAULT_DAYS = 30;

    private final RegionNames regions;
    private final Clock clock;

    StatisticsScopes(RegionNames regions, Clock clock) {
        this.regions = regions;
        this.clock = clock;
    }

    Scope of(CurrentUser user, StatisticsQuery query) {
        if (!user.role().isOfficer()) {
            throw new AccessDeniedProblem("statistics are for officers, not " + user.role());
        }
        RegionCode region = query.region() == null ? user.region() : query.region();
        user.requireCovers(region);
        if (query.region() != null && regions.find(region).isEmpty()) {
            throw new InvalidInputProblem("region", "no region with code " + region);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate to = query.to() == null ? today : query.to();
        LocalDate from = query.from() == null ? to.minusDays(DEFAULT_DAYS - 1) : query.from();
        if (from.isAfter(to)) {
            throw new InvalidInputProblem("from", "from " + from + " is after to " + to);
        }
        return new Scope(region, regions.fullName(region), from, to, today);
    }
}
