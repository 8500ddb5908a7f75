package org.tuodi.server.dashboard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.tuodi.core.region.Region;
import org.tuodi.core.region.RegionLevel;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.server.dashboard.Granularity;
import org.tuodi.server.dashboard.Statistics;
import org.tuodi.server.dashboard.StatisticsQuery;
import org.tuodi.server.dashboard.StatisticsViews.FunnelReport;
import org.tuodi.server.dashboard.StatisticsViews.FunnelView;
import org.tuodi.server.dashboard.StatisticsViews.IndicatorReport;
import org.tuodi.server.dashboard.StatisticsViews.LevelView;
import org.tuodi.server.dashboard.StatisticsViews.PeriodView;
import org.tuodi.server.dashboard.StatisticsViews.RegionFunnelView;
import org.tuodi.server.dashboard.StatisticsViews.RegionReport;
import org.tuodi.server.dashboard.StatisticsViews.TrendReport;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;

/**
 * The statistics counted from the {@code dashboard_*} views. Each answer is read in one read-only
 * transaction, so its figures are of one moment (PostgreSQL's repeatable read snapshot).
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class FactStatistics implements Statistics {

    /** A trend has at most this many periods: a year of days. */
    static final int MAX_PERIODS = 366;

    private final StatisticsScopes scopes;
    private final RegionNames regions;
    private final JdbcCaseFacts cases;
    private final JdbcIndicatorFacts indicators;

    FactStatistics(
            StatisticsScopes scopes,
            RegionNames regions,
            JdbcCaseFacts cases,
            JdbcIndicatorFacts indicators) {
        this.scopes = scopes;
        this.regions = regions;
        this.cases = cases;
        this.indicators = indicators;
    }

    @Override
    public FunnelReport funnel(CurrentUser user, StatisticsQuery query) {
        Scope scope = scopes.of(user, query);
        return new FunnelReport(scope.selection(), total(scope));
    }

    @Override
    public RegionReport byRegion(CurrentUser user, StatisticsQuery query) {
        Scope scope = scopes.of(user, query);
        List<RegionFunnelView> children = new ArrayList<>();
        RegionLevel level = scope.region().level();
        if (level != RegionLevel.VILLAGE) {
            List<Region> known = regions.children(scope.region());
            RegionLevel childLevel =
                    known.isEmpty()
                            ? RegionLevel.values()[level.ordinal() + 1]
                            : known.get(0).level();
            Map<String, FunnelView> figures = cases.figures(Grouping.of(childLevel), scope);
            // Every child of the division data, and any code of the data it does not know, so
            // that the children always add up to the total.
            Map<String, String> names = new TreeMap<>();
            known.forEach(r -> names.put(r.code().value(), r.name()));
            figures.keySet().forEach(code -> names.putIfAbsent(code, null));
            names.forEach(
                    (code, name) ->
                            children.add(
                                    new RegionFunnelView(
                                            code,
                                            name,
                                            childLevel,
                                            figures.getOrDefault(code, FunnelCounts.NOTHING))));
        }
        return new RegionReport(scope.selection(), total(scope), children);
    }

    @Override
    public IndicatorReport byIndicator(CurrentUser user, StatisticsQuery query) {
        Scope scope = scopes.of(user, query);
        Map<String, FunnelView> figures = cases.figures(Grouping.LEVEL, scope);
        List<LevelView> levels = new ArrayList<>();
        for (AlertLevel level : AlertLevel.values()) {
            levels.add(
                    new LevelView(level, figures.getOrDefault(level.name(), FunnelCounts.NOTHING)));
        }
        return new IndicatorReport(
                scope.selection(),
                indicators.byIndicator(scope),
                indicators.byDimension(scope),
                levels);
    }

    @Override
    public TrendReport trend(CurrentUser user, StatisticsQuery query, Granularity granularity) {
        Scope scope = scopes.of(user, query);
        LocalDate first = granularity.startOf(scope.from());
        LocalDate last = granularity.startOf(scope.to());
        if (granularity.periodsFrom(first, last) > MAX_PERIODS) {
            throw new InvalidInputProblem(
                    "granularity",
                    "more than " + MAX_PERIODS + " periods: choose a coarser granularity");
        }
        Map<LocalDate, FunnelCounts> byPeriod = new TreeMap<>();
        cases.funnel(Grouping.DAY, scope)
                .forEach(
                        (day, counts) ->
                                byPeriod.merge(
                                        granularity.startOf(LocalDate.parse(day)),
                                        counts,
                                        FunnelCounts::plus));
        List<PeriodView> periods = new ArrayList<>();
        for (LocalDate start = first; !start.isAfter(last); start = granularity.next(start)) {
            FunnelCounts c = byPeriod.getOrDefault(start, FunnelCounts.ZERO);
            LocalDate end = granularity.endOf(start);
            periods.add(
                    new PeriodView(
                            start.isBefore(scope.from()) ? scope.from() : start,
                            end.isAfter(scope.to()) ? scope.to() : end,
                            c.pushed(),
                            c.visited(),
                            c.helped()));
        }
        return new TrendReport(scope.selection(), granularity, periods);
    }

    private FunnelView total(Scope scope) {
        return cases.figures(Grouping.ALL, scope)
                .getOrDefault(Grouping.EVERYTHING, FunnelCounts.NOTHING);
    }
}
