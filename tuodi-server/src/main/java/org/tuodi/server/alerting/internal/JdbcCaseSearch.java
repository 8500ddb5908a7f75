package org.tuodi.server.alerting.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuodi.core.casework.CaseStatus;
import org.tuodi.core.casework.OverdueKind;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.rules.AlertLevel;

/** The case list: cases of a region (and of an assignee), filtered, newest first, by page. */
@Repository
public class JdbcCaseSearch {

    private final JdbcClient jdbc;

    JdbcCaseSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What to list. {@code assignee} limits the list to one assistant's cases; {@code overdue} null
     * means any, {@code anyOverdue} true means overdue of either kind.
     */
    public record CaseFilter(
            RegionCode region,
            Long assignee,
            CaseStatus status,
            AlertLevel level,
            OverdueKind overdue,
            boolean anyOverdue,
            int page,
            int size,
            Narrowing narrowing,
            Order order) {

        public CaseFilter {
            narrowing = narrowing == null ? Narrowing.NONE : narrowing;
            order = order == null ? Order.NEWEST : order;
        }

        /** The API's filter: no narrowing, newest first. */
        public CaseFilter(
                RegionCode region,
                Long assignee,
                CaseStatus status,
                AlertLevel level,
                OverdueKind overdue,
                boolean anyOverdue,
                int page,
                int size) {
            this(region, assignee, status, level, overdue, anyOverdue, page, size, null, null);
        }
    }

    /**
     * What the web interface's drill-down adds: the days of raising ({@code raised_on}, both
     * included), an indicator among the case's pushed or escalated alerts, only visited or only
     * helped cases (the dashboard's definitions, read from its {@code dashboard_case_fact} view so
     * that the list behind a figure is the figure's cases), only open cases.
     */
    public record Narrowing(
            LocalDate raisedFrom,
            LocalDate raisedTo,
            String indicator,
            boolean visited,
            boolean helped,
            boolean openOnly) {

        public static final Narrowing NONE = new Narrowing(null, null, null, false, false, false);
    }

    /** The orders a list can be sorted in (whitelisted SQL). */
    public enum Order {
        /** Newest first (the API's order). */
        NEWEST("id DESC"),
        /** Oldest first. */
        OLDEST("raised_on, id"),
        /** Urgent first, then newest. */
        LEVEL("CASE level WHEN 'URGENT' THEN 0 ELSE 1 END, id DESC"),
        /** The next deadline first: the visit's until visited, then the disposal's. */
        DEADLINE("CASE WHEN visited_on IS NULL THEN visit_due ELSE disposal_due END, id");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    public record Found(List<CaseRow> rows, long total) {}

    public Found search(CaseFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE region_code LIKE :region");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("region", filter.region().shortCode() + "%");
        if (filter.assignee() != null) {
            where.append(" AND assignee_id = :assignee");
            params.put("assignee", filter.assignee());
        }
        if (filter.status() != null) {
            where.append(" AND status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.level() != null) {
            where.append(" AND level = :level");
            params.put("level", filter.level().name());
        }
        if (filter.overdue() != null) {
            where.append(" AND overdue = :overdue");
            params.put("overdue", filter.overdue().name());
        } else if (filter.anyOverdue()) {
            where.append(" AND overdue IS NOT NULL");
        }
        narrow(filter.narrowing(), where, params);
        long total =
                jdbc.sql("SELECT count(*) FROM alerting_case" + where)
                        .params(params)
                        .query(Long.class)
                        .single();
        List<CaseRow> rows =
                jdbc.sql(
                                """
                                SELECT id, household_id, region_code, level, status, raised_on,
                                    visit_due, disposal_due, assignee_id, visited_on, disposed_on,
                                    closed_on, outcome, overdue, escalated_to, version
                                FROM alerting_case"""
                                        + where
                                        + " ORDER BY "
                                        + filter.order().sql
                                        + " LIMIT :size OFFSET :offset")
                        .params(params)
                        .param("size", filter.size())
                        .param("offset", (long) filter.page() * filter.size())
                        .query(JdbcCases::row)
                        .list();
        return new Found(rows, total);
    }

    private static void narrow(Narrowing n, StringBuilder where, Map<String, Object> params) {
        if (n.raisedFrom() != null) {
            where.append(" AND raised_on >= :raisedFrom");
            params.put("raisedFrom", n.raisedFrom());
        }
        if (n.raisedTo() != null) {
            where.append(" AND raised_on <= :raisedTo");
            params.put("raisedTo", n.raisedTo());
        }
        if (n.indicator() != null) {
            where.append(
                    """
                     AND id IN (SELECT d.case_id FROM alerting_decision d
                        JOIN alerting_decision_indicator i ON i.decision_id = d.id
                        WHERE d.decision IN ('RAISE', 'ESCALATE') AND i.indicator_code = :indicator)\
                    """);
            params.put("indicator", n.indicator());
        }
        if (n.visited()) {
            where.append(" AND visited_on IS NOT NULL");
        }
        if (n.helped()) {
            where.append(" AND id IN (SELECT case_id FROM dashboard_case_fact WHERE is_helped)");
        }
        if (n.openOnly()) {
            where.append(" AND status <> 'CLOSED'");
        }
    }
}
