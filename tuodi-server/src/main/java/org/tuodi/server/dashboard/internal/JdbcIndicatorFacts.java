package org.tuodi.server.dashboard.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuodi.server.dashboard.StatisticsViews.DimensionView;
import org.tuodi.server.dashboard.StatisticsViews.IndicatorView;

/**
 * The counts of {@code dashboard_indicator_fact} joined to the cases: for the cases raised in the
 * scope's period and region, which indicators and dimensions their alerts (推送预警 and 升级) hit, each
 * case counted once per indicator or dimension, with how many of them were visited and helped.
 */
@Repository
class JdbcIndicatorFacts {

    private final JdbcClient jdbc;

    JdbcIndicatorFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<IndicatorView> byIndicator(Scope scope) {
        String sql =
                """
                SELECT f.indicator_code AS code, max(f.indicator_name) AS name, f.dimension,
                    count(DISTINCT c.case_id) AS pushed,
                    count(DISTINCT c.case_id) FILTER (WHERE c.is_visited) AS visited,
                    count(DISTINCT c.case_id) FILTER (WHERE c.is_helped) AS helped
                FROM dashboard_indicator_fact f
                JOIN dashboard_case_fact c ON c.case_id = f.case_id
                WHERE c.%s = :region AND c.raised_on BETWEEN :from AND :to
                GROUP BY f.indicator_code, f.dimension
                ORDER BY pushed DESC, code
                """
                        .formatted(scope.within().column());
        return jdbc.sql(sql)
                .param("region", scope.region().value())
                .param("from", scope.from())
                .param("to", scope.to())
                .query(
                        (rs, n) ->
                                new IndicatorView(
                                        rs.getString("code"),
                                        rs.getString("name"),
                                        rs.getString("dimension"),
                                        rs.getLong("pushed"),
                                        rs.getLong("visited"),
                                        rs.getLong("helped")))
                .list();
    }

    List<DimensionView> byDimension(Scope scope) {
        String sql =
                """
                SELECT f.dimension,
                    count(DISTINCT c.case_id) AS pushed,
                    count(DISTINCT c.case_id) FILTER (WHERE c.is_visited) AS visited,
                    count(DISTINCT c.case_id) FILTER (WHERE c.is_helped) AS helped
                FROM dashboard_indicator_fact f
                JOIN dashboard_case_fact c ON c.case_id = f.case_id
                WHERE c.%s = :region AND c.raised_on BETWEEN :from AND :to
                GROUP BY f.dimension
                ORDER BY pushed DESC, f.dimension
                """
                        .formatted(scope.within().column());
        return jdbc.sql(sql)
                .param("region", scope.region().value())
                .param("from", scope.from())
                .param("to", scope.to())
                .query(
                        (rs, n) ->
                                new DimensionView(
                                        rs.getString("dimension"),
                                        rs.getLong("pushed"),
                                        rs.getLong("visited"),
                                        rs.getLong("helped")))
                .list();
    }
}
