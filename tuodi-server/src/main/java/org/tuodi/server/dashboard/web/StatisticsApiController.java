package org.tuodi.server.dashboard.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuodi.core.region.RegionCode;
import org.tuodi.server.dashboard.Granularity;
import org.tuodi.server.dashboard.Statistics;
import org.tuodi.server.dashboard.StatisticsQuery;
import org.tuodi.server.dashboard.StatisticsViews.FunnelReport;
import org.tuodi.server.dashboard.StatisticsViews.IndicatorReport;
import org.tuodi.server.dashboard.StatisticsViews.RegionReport;
import org.tuodi.server.dashboard.StatisticsViews.TrendReport;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;

/**
 * 统计接口 ({@code /api/v1/statistics}): the funnel, by child region, by indicator and the trend, each
 * for {@code region} (2, 4, 6, 9 or 12 digits; default the user's region) and the days of raising
 * {@code from}–{@code to} (ISO dates, both included; default the last 30 days). A parameter that
 * cannot be read answers 400 naming it.
 */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsApiController {

    private final Statistics statistics;

    StatisticsApiController(Statistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/funnel")
    FunnelReport funnel(
            CurrentUser user,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to) {
        return statistics.funnel(user, query(region, from, to));
    }

    @GetMapping("/by-region")
    RegionReport byRegion(
            CurrentUser user,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to) {
        return statistics.byRegion(user, query(region, from, to));
    }

    @GetMapping("/by-indicator")
    IndicatorReport byIndicator(
            CurrentUser user,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to) {
        return statistics.byIndicator(user, query(region, from, to));
    }

    /** {@code granularity}: DAY (default), WEEK or MONTH. */
    @GetMapping("/trend")
    TrendReport trend(
            CurrentUser user,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            @RequestParam(name = "granularity", defaultValue = "DAY") String granularity) {
        return statistics.trend(user, query(region, from, to), granularity(granularity));
    }

    static StatisticsQuery query(String region, String from, String to) {
        return new StatisticsQuery(region(region), date(from, "from"), date(to, "to"));
    }

    private static RegionCode region(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return RegionCode.of(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem("region", e.getMessage());
        }
    }

    private static LocalDate date(String text, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputProblem(parameter, "not a date (yyyy-MM-dd): '" + text + "'");
        }
    }

    private static Granularity granularity(String text) {
        for (Granularity g : Granularity.values()) {
            if (g.name().equals(text.strip())) {
                return g;
            }
        }
        throw new InvalidInputProblem("granularity", "DAY, WEEK or MONTH, not '" + text + "'");
    }
}
