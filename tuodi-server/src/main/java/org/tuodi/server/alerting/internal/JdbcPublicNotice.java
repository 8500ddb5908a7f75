package org.tuodi.server.alerting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.region.RegionCode;

/**
 * 公示 source: the households of a region granted assistance, i.e. whose case was disposed (已处置 or
 * 已办结) with measures decided by civil affairs itself (not referred) that carry an amount; per case,
 * the sum of those amounts.
 */
@Repository
public class JdbcPublicNotice {

    private final JdbcClient jdbc;

    JdbcPublicNotice(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A household granted assistance, and how much. */
    public record Granted(HouseholdId household, BigDecimal amount, LocalDate disposedOn) {}

    public List<Granted> grantedIn(RegionCode region, int limit) {
        return jdbc.sql(
                        """
                        SELECT c.household_id, sum(m.amount) AS amount, c.disposed_on
                        FROM alerting_case c
                        JOIN alerting_measure m ON m.case_id = c.id AND m.stage = 'DECIDED'
                            AND m.referred_to IS NULL AND m.amount > 0
                        WHERE c.region_code LIKE :prefix AND c.status IN ('DISPOSED', 'CLOSED')
                        GROUP BY c.id, c.household_id, c.disposed_on
                        ORDER BY c.disposed_on, c.id
                        LIMIT :limit
                        """)
                .param("prefix", region.shortCode() + "%")
                .param("limit", limit)
                .query(
                        (rs, n) ->
                                new Granted(
                                        new HouseholdId(rs.getString(1)),
                                        rs.getBigDecimal(2),
                                        rs.getObject(3, LocalDate.class)))
                .list();
    }
}
