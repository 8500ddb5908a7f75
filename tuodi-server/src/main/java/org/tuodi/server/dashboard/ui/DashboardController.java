package org.tuodi.server.dashboard.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tuodi.core.region.Region;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.server.dashboard.Granularity;
import org.tuodi.server.dashboard.Statistics;
import org.tuodi.server.dashboard.StatisticsQuery;
import org.tuodi.server.dashboard.StatisticsViews.IndicatorReport;
import org.tuodi.server.dashboard.StatisticsViews.PeriodView;
import org.tuodi.server.dashboard.StatisticsViews.TrendReport;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.ui.PageController;
import tools.jackson.databind.json.JsonMapper;

/**
 * 工作台 (the officers' dashboard): today's and the period's funnel 推送 → 入户核实 → 救助帮扶 with the overdue
 * cases, alerts by level and by indicator, the trend, and the figures of each region one level
 * down, for the user's region or any region within it (the region tree, drilled down by clicking a
 * child; htmx swaps the page body). Every figure links to the case list of the cases behind it. The
 * figures are the dashboard module's ({@link Statistics}); a region outside the user's is refused
 * there.
 */
@PageController
class DashboardController {

    private final Statistics statistics;
    private final RegionDirectory regions;
    private final JsonMapper json;
    private final Clock clock;

    DashboardController(
            Statistics statistics, RegionDirectory regions, JsonMapper json, Clock clock) {
        this.statistics = statistics;
        this.regions = regions;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(
            CurrentUser user,
            @RequestParam(name = "region", required = false) String regionText,
            @RequestParam(name = "from", required = false) String fromText,
            @RequestParam(name = "to", required = false) String toText,
            @RequestParam(name = "granularity", defaultValue = "DAY") String granularityText,
            HttpServletRequest request,
            Model model) {
        if (!user.role().isOfficer()) {
            return "redirect:/";
        }
        RegionCode region = region(regionText, user.region());
        LocalDate today = LocalDate.now(clock);
        LocalDate to = date(toText, "to", today);
        LocalDate from = date(fromText, "from", to.minusDays(29));
        Granularity granularity = granularity(granularityText);
        StatisticsQuery period = new StatisticsQuery(region, from, to);
        IndicatorReport indicators = statistics.byIndicator(user, period);
        TrendReport trend = statistics.trend(user, period, granularity);
        model.addAttribute("region", region.value());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("today", today);
        model.addAttribute("granularity", granularity.name());
        model.addAttribute("granularities", Granularity.values());
        model.addAttribute("breadcrumb", breadcrumb(user, region));
        model.addAttribute(
                "todayFunnel", statistics.funnel(user, new StatisticsQuery(region, today, today)));
        model.addAttribute("periodFunnel", statistics.funnel(user, period));
        model.addAttribute("byRegion", statistics.byRegion(user, period));
        model.addAttribute("indicators", indicators);
        model.addAttribute("trend", trend);
        model.addAttribute("trendJson", trendJson(trend.periods()));
        return request.getHeader("HX-Request") != null
                ? "dashboard/dashboard :: body"
                : "dashboard/dashboard";
    }

    /** The regions from the user's own down to the selected one, as the breadcrumb shows them. */
    private List<Region> breadcrumb(CurrentUser user, RegionCode region) {
        return regions.path(region).stream()
                .filter(r -> !r.isGrouping())
                .filter(r -> user.covers(r.code()))
                .toList();
    }

    private String trendJson(List<PeriodView> periods) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", periods.stream().map(p -> p.start().toString()).toList());
        data.put("pushed", periods.stream().map(PeriodView::pushed).toList());
        data.put("visited", periods.stream().map(PeriodView::visited).toList());
        data.put("helped", periods.stream().map(PeriodView::helped).toList());
        return json.writeValueAsString(data);
    }

    private static RegionCode region(String text, RegionCode fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return RegionCode.of(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem("region", e.getMessage());
        }
    }

    private static LocalDate date(String text, String field, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputProblem(field, "not a date (yyyy-MM-dd): '" + text + "'");
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
