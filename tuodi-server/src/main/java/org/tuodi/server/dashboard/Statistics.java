package org.tuodi.server.dashboard;

import org.tuodi.server.dashboard.StatisticsViews.FunnelReport;
import org.tuodi.server.dashboard.StatisticsViews.IndicatorReport;
import org.tuodi.server.dashboard.StatisticsViews.RegionReport;
import org.tuodi.server.dashboard.StatisticsViews.TrendReport;
import org.tuodi.server.platform.CurrentUser;

/**
 * 统计分析: the dashboard module's API. The figures count the cases (一户一案) pushed in a period, a case
 * belonging to the period of the day it was raised ({@code raised_on}), and follow each of them
 * through the funnel 推送预警 → 入户核实 → 救助帮扶 as far as it has gone today (河南: 推送预警处置信息6.6万条，入户5.1万户，
 * 对其中1.8万户家庭给予了救助帮扶建议或措施). The exact definitions are in docs/server-statistics.md.
 *
 * <p>Access: officers only (province, city, county, town); a region outside the user's region is
 * denied ({@code AccessDeniedProblem}, 403), as the case list does; village assistants, auditors
 * and department feeds are denied too. A missing region is the user's region; missing dates are the
 * last 30 days to the clock date. Invalid parameters are {@code InvalidInputProblem} naming the
 * parameter.
 */
public interface Statistics {

    /** 预警处置漏斗: the funnel of the region and period, with the open cases overdue now. */
    FunnelReport funnel(CurrentUser user, StatisticsQuery query);

    /**
     * 分地区统计: the funnel of each region one level down (province → cities → counties → towns →
     * villages), every child of the division data listed, and the region's own total.
     */
    RegionReport byRegion(CurrentUser user, StatisticsQuery query);

    /** 分指标统计: the cases pushed in the period by indicator, by dimension and by level. */
    IndicatorReport byIndicator(CurrentUser user, StatisticsQuery query);

    /** 趋势: pushed, visited and helped of the cases raised in each day, week or month. */
    TrendReport trend(CurrentUser user, StatisticsQuery query, Granularity granularity);
}
