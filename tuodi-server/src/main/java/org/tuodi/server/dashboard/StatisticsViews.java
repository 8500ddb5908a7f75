package org.tuodi.server.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.tuodi.core.region.RegionLevel;
import org.tuodi.core.rules.AlertLevel;

/**
 * The answers of the statistics (统计分析), read models of the {@code dashboard_*} views. Counts are of
 * cases; rates are fractions from 0 to 1 with four decimals, absent when there is nothing to divide
 * by. Definitions: docs/server-statistics.md.
 */
public final class StatisticsViews {

    private StatisticsViews() {}

    /**
     * 统计范围: what was counted: the region (12-digit code, its full Chinese name and level) and the
     * days of raising {@code from} to {@code to}, both included; {@code asOf} is the clock date on
     * which the figures were taken.
     */
    public record Selection(
            String region,
            String name,
            RegionLevel level,
            LocalDate from,
            LocalDate to,
            LocalDate asOf) {}

    /**
     * 预警处置漏斗: of the cases pushed in the period, how many were visited and how many helped by now;
     * the visit rate (visited / pushed), the help rate (helped / visited, the seed's "对其中"), the
     * on-time visit rate (visited on time / visits due) and the open cases overdue now.
     *
     * @param visitsDue cases visited, plus cases not visited whose visit deadline passed before the
     *     clock date
     * @param overdue open cases overdue now whatever the period, as the sweep last marked them
     */
    public record FunnelView(
            long pushed,
            long visited,
            long helped,
            BigDecimal visitRate,
            BigDecimal helpRate,
            long visitsDue,
            long visitedOnTime,
            BigDecimal onTimeVisitRate,
            OverdueView overdue) {

        public static FunnelView of(
                long pushed,
                long visited,
                long helped,
                long visitsDue,
                long visitedOnTime,
                OverdueView overdue) {
            return new FunnelView(
                    pushed,
                    visited,
                    helped,
                    rate(visited, pushed),
                    rate(helped, visited),
                    visitsDue,
                    visitedOnTime,
                    rate(visitedOnTime, visitsDue),
                    overdue);
        }

        /** The share, rounded half up to four decimals; null when the whole is zero. */
        static BigDecimal rate(long part, long whole) {
            if (whole == 0) {
                return null;
            }
            return BigDecimal.valueOf(part)
                    .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
        }
    }

    /** 超期: open cases the sweep marked overdue for the visit or for the disposal. */
    public record OverdueView(long visit, long disposal, long total) {

        public static final OverdueView NONE = new OverdueView(0, 0, 0);

        public static OverdueView of(long visit, long disposal) {
            return new OverdueView(visit, disposal, visit + disposal);
        }
    }

    /** The answer of {@link Statistics#funnel}. */
    public record FunnelReport(Selection selection, FunnelView funnel) {}

    /**
     * One child region's funnel. {@code name} is the division data's name (繁城回族镇); it is absent for
     * a code of the data that the division data does not know.
     */
    public record RegionFunnelView(
            String region, String name, RegionLevel level, FunnelView funnel) {}

    /** The answer of {@link Statistics#byRegion}: the total equals the sum of the children. */
    public record RegionReport(
            Selection selection, FunnelView total, List<RegionFunnelView> children) {}

    /**
     * One indicator: the cases pushed in the period whose alert (推送预警 or 升级) it was part of, and of
     * those how many were visited and helped. A case counts once per indicator.
     */
    public record IndicatorView(
            String code, String name, String dimension, long pushed, long visited, long helped) {}

    /** One dimension (医疗, 教育, …): the cases with at least one of its indicators. */
    public record DimensionView(String dimension, long pushed, long visited, long helped) {}

    /** One alert level (the case's current level): its funnel. */
    public record LevelView(AlertLevel level, FunnelView funnel) {}

    /** The answer of {@link Statistics#byIndicator}, most frequent indicators first. */
    public record IndicatorReport(
            Selection selection,
            List<IndicatorView> indicators,
            List<DimensionView> dimensions,
            List<LevelView> levels) {}

    /**
     * One period of a trend, its days within the selection: the cases raised in it and, of those,
     * how many were visited and helped by now.
     */
    public record PeriodView(
            LocalDate start, LocalDate end, long pushed, long visited, long helped) {}

    /** The answer of {@link Statistics#trend}: every period of the selection, empty ones too. */
    public record TrendReport(
            Selection selection, Granularity granularity, List<PeriodView> periods) {}
}
