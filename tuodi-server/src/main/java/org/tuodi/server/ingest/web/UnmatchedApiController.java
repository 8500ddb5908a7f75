package org.tuodi.server.ingest.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionLevel;
import org.tuodi.server.ingest.internal.JdbcIngestEvents;
import org.tuodi.server.ingest.internal.JdbcIngestEvents.UnmatchedView;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.Role;

/**
 * 主动发现: records about persons in no monitored household, for county officers and above. A record is
 * placed by the address code of the person's identity number (its first 6 digits, the county of
 * first registration), so a region narrower than a county cannot be asked for. Identity numbers are
 * masked.
 */
@RestController
class UnmatchedApiController {

    private final JdbcIngestEvents events;

    UnmatchedApiController(JdbcIngestEvents events) {
        this.events = events;
    }

    record UnmatchedPage(List<UnmatchedView> items, int page, int size, long total) {}

    @GetMapping("/api/v1/unmatched")
    UnmatchedPage unmatched(
            CurrentUser user,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "50") int size) {
        if (user.role() != Role.COUNTY_OFFICER
                && user.role() != Role.CITY_OFFICER
                && user.role() != Role.PROVINCE_OFFICER) {
            throw new AccessDeniedProblem("unmatched records are for county officers and above");
        }
        RegionCode asked = region == null ? user.region() : regionOf(region);
        if (asked.level().ordinal() > RegionLevel.COUNTY.ordinal()) {
            throw new InvalidInputProblem(
                    "region", "unmatched records are placed by county: give a county or wider");
        }
        user.requireCovers(asked);
        if (page < 0 || size < 1 || size > 500) {
            throw new InvalidInputProblem("size", "page from 0, size from 1 to 500");
        }
        String prefix = asked.shortCode();
        return new UnmatchedPage(
                events.unmatched(prefix, page, size), page, size, events.countUnmatched(prefix));
    }

    private static RegionCode regionOf(String code) {
        try {
            return RegionCode.of(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem("region", e.getMessage());
        }
    }
}
