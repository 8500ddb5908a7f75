package org.tuodi.server.dashboard.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuodi.server.dashboard.StatisticsViews.FunnelView;
import org.tuodi.server.dashboard.StatisticsViews.OverdueView;

/**
 * The counts of {@code dashboard_case_fact}: the funnel of the cases raised in the scope's period
 * and the open cases overdue now, within the scope's region, grouped as asked.
 */
@Repository
class JdbcCaseFacts {

    private final JdbcClient jdbc;

    JdbcCaseFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The funnel of each group with its open cases overdue now, by group key in order; a group with
     * neither cases raised in the period nor overdue cases is absent.
     */
    Map<String, FunnelView> figures(Grouping by, Scope scope) {
        Map<String, FunnelCounts> funnels = funnel(by, scope);
        Map<String, OverdueView> overdue = overdue(by, scope);
        Map<String, FunnelView> figures = new TreeMap<>();
        funnels.forEach((key, counts) -> figures.put(key, counts.view(OverdueView.NONE)));
        overdue.forEach(
                (key, cases) ->
                        figures.put(key, funnels.getOrDefault(key, FunnelCounts.ZERO).view(cases)));
        return figures;
    }

    /**
     * Pushed: raised in the period. Visited, helped, visited on time: of those, as the flags of the
     * view say now. Visits due: visited, or not visited with the deadline passed before today.
     */
    Map<String, FunnelCounts> funnel(Grouping by, Scope scope) {
        String sql =
                """
                SELECT %s AS grp,
                    count(*) AS pushed,
                    count(*) FILTER (WHERE is_visited) AS visited,
                    count(*) FILTER (WHERE is_helped) AS helped,
                    count(*) FILTER (WHERE is_visited OR visit_due < :today) AS visits_due,
                    count(*) FILTER (WHERE is_visited_on_time) AS visited_on_time
                FROM dashboard_case_fact
                WHERE %s = :region AND raised_on BETWEEN :from AND :to
                GROUP BY 1
                """
                        .formatted(by.column(), scope.within().column());
        Map<String, FunnelCounts> groups = new LinkedHashMap<>();
        jdbc.sql(sql)
                .param("today", scope.today())
                .param("region", scope.region().value())
                .param("from", scope.from())
                .param("to", scope.to())
                .query(
                        rs -> {
                            groups.put(
                                    rs.getString("grp"),
                                    new FunnelCounts(
                                            rs.getLong("pushed"),
                                            rs.getLong("visited"),
                                            rs.getLong("helped"),
                                            rs.getLong("visits_due"),
                                            rs.getLong("visited_on_time")));
                        });
        return groups;
    }

    /** Open cases of the region overdue now, whenever raised: the sweep's marks. */
    Map<String, OverdueView> overdue(Grouping by, Scope scope) {
        String sql =
                """
                SELECT %s AS grp,
                    count(*) FILTER (WHERE overdue = 'VISIT') AS visit,
                    count(*) FILTER (WHERE overdue = 'DISPOSAL') AS disposal
                FROM dashboard_case_fact
                WHERE %s = :region AND overdue IS NOT NULL
                GROUP BY 1
                """
                        .formatted(by.column(), scope.within().column());
        Map<String, OverdueView> groups = new LinkedHashMap<>();
        jdbc.sql(sql)
                .param("region", scope.region().value())
                .query(
                        rs -> {
                            groups.put(
                                    rs.getString("grp"),
                                    OverdueView.of(rs.getLong("visit"), rs.getLong("disposal")));
                        });
        return groups;
    }
}
