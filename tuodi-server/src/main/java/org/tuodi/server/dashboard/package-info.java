/**
 * 统计分析 (dashboard): the figures of the seed's funnel — alerts pushed (推送预警), households visited
 * (入户), households helped (给予了救助帮扶建议或措施) — with the visit and help rates, the on-time visit rate
 * and the overdue cases, for any region the user may see, by child region, by indicator, dimension
 * and level, and by day, week or month. Read-only: it owns the SQL views {@code dashboard_*}
 * (migration V40) built on the alerting tables, and reads nothing else. Every figure is limited to
 * the user's region on the server; only officers (province, city, county, town) read statistics.
 * API: {@link org.tuodi.server.dashboard.Statistics}. Definitions: docs/server-statistics.md.
 * Depends on the platform (current user, problems, clock) and the core's regions.
 */
package org.tuodi.server.dashboard;
