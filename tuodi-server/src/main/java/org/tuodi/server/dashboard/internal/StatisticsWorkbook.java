package org.tuodi.server.dashboard.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tuodi.server.dashboard.Granularity;
import org.tuodi.server.dashboard.Statistics;
import org.tuodi.server.dashboard.StatisticsQuery;
import org.tuodi.server.dashboard.StatisticsViews.DimensionView;
import org.tuodi.server.dashboard.StatisticsViews.FunnelReport;
import org.tuodi.server.dashboard.StatisticsViews.FunnelView;
import org.tuodi.server.dashboard.StatisticsViews.IndicatorReport;
import org.tuodi.server.dashboard.StatisticsViews.IndicatorView;
import org.tuodi.server.dashboard.StatisticsViews.PeriodView;
import org.tuodi.server.dashboard.StatisticsViews.RegionFunnelView;
import org.tuodi.server.dashboard.StatisticsViews.RegionReport;
import org.tuodi.server.dashboard.StatisticsViews.Selection;
import org.tuodi.server.dashboard.StatisticsViews.TrendReport;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.XlsxWorkbook.Rate;
import org.tuodi.server.platform.XlsxWorkbook.Table;

/**
 * 统计报表导出: the statistics of a region and period as the tables offices exchange, one sheet each: the
 * funnel (汇总), by region one level down with the total (分地区), by indicator and dimension (分指标) and
 * by month (按月). Chinese headers; rates as percentages. The access of {@link Statistics} applies.
 */
@Component
public class StatisticsWorkbook {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final Statistics statistics;
    private final MessageSource messages;

    StatisticsWorkbook(Statistics statistics, MessageSource messages) {
        this.statistics = statistics;
        this.messages = messages;
    }

    public List<Table> tables(CurrentUser user, StatisticsQuery query) {
        FunnelReport funnel = statistics.funnel(user, query);
        RegionReport regions = statistics.byRegion(user, query);
        IndicatorReport indicators = statistics.byIndicator(user, query);
        TrendReport months = statistics.trend(user, query, Granularity.MONTH);
        return List.of(
                summary(funnel), byRegion(regions), byIndicator(indicators), byMonth(months));
    }

    private Table summary(FunnelReport report) {
        Selection s = report.selection();
        List<String> header = new ArrayList<>();
        header.add(text("export.statistics.regionCode"));
        header.add(text("export.statistics.region"));
        header.add(text("export.statistics.from"));
        header.add(text("export.statistics.to"));
        header.add(text("export.statistics.asOf"));
        header.addAll(funnelHeader());
        List<Object> row = new ArrayList<>();
        row.add(s.region());
        row.add(s.name());
        row.add(s.from());
        row.add(s.to());
        row.add(s.asOf());
        row.addAll(funnel(report.funnel()));
        return new Table(text("export.statistics.summary"), header, List.of(row));
    }

    private Table byRegion(RegionReport report) {
        List<String> header = new ArrayList<>();
        header.add(text("export.statistics.regionCode"));
        header.add(text("export.statistics.region"));
        header.addAll(funnelHeader());
        List<List<Object>> rows = new ArrayList<>();
        for (RegionFunnelView child : report.children()) {
            List<Object> row = new ArrayList<>();
            row.add(child.region());
            row.add(child.name());
            row.addAll(funnel(child.funnel()));
            rows.add(row);
        }
        List<Object> total = new ArrayList<>();
        total.add(report.selection().region());
        total.add(text("export.statistics.total"));
        total.addAll(funnel(report.total()));
        rows.add(total);
        return new Table(text("export.statistics.byRegion"), header, rows);
    }

    private Table byIndicator(IndicatorReport report) {
        List<String> header =
                List.of(
                        text("export.statistics.indicatorCode"),
                        text("export.statistics.indicator"),
                        text("export.statistics.dimension"),
                        text("export.statistics.pushed"),
                        text("export.statistics.visited"),
                        text("export.statistics.helped"));
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorView i : report.indicators()) {
            rows.add(
                    List.of(
                            i.code(),
                            i.name(),
                            text("enum.Dimension." + i.dimension()),
                            i.pushed(),
                            i.visited(),
                            i.helped()));
        }
        for (DimensionView d : report.dimensions()) {
            rows.add(
                    List.of(
                            "",
                            text("export.statistics.dimensionTotal"),
                            text("enum.Dimension." + d.dimension()),
                            d.pushed(),
                            d.visited(),
                            d.helped()));
        }
        return new Table(text("export.statistics.byIndicator"), header, rows);
    }

    private Table byMonth(TrendReport report) {
        List<String> header =
                List.of(
                        text("export.statistics.periodStart"),
                        text("export.statistics.periodEnd"),
                        text("export.statistics.pushed"),
                        text("export.statistics.visited"),
                        text("export.statistics.helped"));
        List<List<Object>> rows = new ArrayList<>();
        for (PeriodView p : report.periods()) {
            rows.add(List.of(p.start(), p.end(), p.pushed(), p.visited(), p.helped()));
        }
        return new Table(text("export.statistics.byMonth"), header, rows);
    }

    private List<String> funnelHeader() {
        return List.of(
                text("export.statistics.pushed"),
                text("export.statistics.visited"),
                text("export.statistics.helped"),
                text("export.statistics.visitRate"),
                text("export.statistics.helpRate"),
                text("export.statistics.visitsDue"),
                text("export.statistics.visitedOnTime"),
                text("export.statistics.onTimeVisitRate"),
                text("export.statistics.overdueVisit"),
                text("export.statistics.overdueDisposal"));
    }

    private static List<Object> funnel(FunnelView f) {
        List<Object> row = new ArrayList<>();
        row.add(f.pushed());
        row.add(f.visited());
        row.add(f.helped());
        row.add(new Rate(f.visitRate()));
        row.add(new Rate(f.helpRate()));
        row.add(f.visitsDue());
        row.add(f.visitedOnTime());
        row.add(new Rate(f.onTimeVisitRate()));
        row.add(f.overdue().visit());
        row.add(f.overdue().disposal());
        return row;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, ZH);
    }
}
