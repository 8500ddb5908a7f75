package org.tuodi.server.alerting.internal;

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
            int size) {}

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
                                        + " ORDER BY id DESC LIMIT :size OFFSET :offset")
                        .params(params)
                        .param("size", filter.size())
                        .param("offset", (long) filter.page() * filter.size())
                        .query(JdbcCases::row)
                        .list();
        return new Found(rows, total);
    }
}
