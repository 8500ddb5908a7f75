package org.tuodi.server.registry.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.shared.Yuan;
import org.tuodi.core.standard.LocalStandard;
import org.tuodi.core.standard.TemporaryAssistanceTier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Local standards in {@code registry_local_standard}, one row per region and effective date; the
 * temporary-assistance tiers are a jsonb array with amounts as strings, so that they stay exact.
 * The standard applying to a region on a date is that of the most specific region containing it
 * with the latest effective date on or before the date, as {@code LocalStandards} decides.
 */
@Component
public class JdbcStandards {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcStandards(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Saves a standard, replacing one of the same region and effective date. */
    public void save(LocalStandard standard, String actor, OffsetDateTime now) {
        jdbc.sql(
                        """
                        INSERT INTO registry_local_standard (region_code, region_prefix,
                            effective_from, urban_dibao_monthly, rural_dibao_monthly,
                            edge_multiplier, last_year_disposable_income,
                            temporary_assistance_tiers, saved_at, saved_by)
                        VALUES (:region, :prefix, :from, :urban, :rural, :multiplier, :income,
                            CAST(:tiers AS jsonb), :now, :actor)
                        ON CONFLICT (region_code, effective_from) DO UPDATE SET
                            urban_dibao_monthly = EXCLUDED.urban_dibao_monthly,
                            rural_dibao_monthly = EXCLUDED.rural_dibao_monthly,
                            edge_multiplier = EXCLUDED.edge_multiplier,
                            last_year_disposable_income = EXCLUDED.last_year_disposable_income,
                            temporary_assistance_tiers = EXCLUDED.temporary_assistance_tiers,
                            saved_at = EXCLUDED.saved_at,
                            saved_by = EXCLUDED.saved_by
                        """)
                .param("region", standard.region().value())
                .param("prefix", standard.region().shortCode())
                .param("from", standard.effectiveFrom())
                .param("urban", standard.urbanDibaoMonthly().toBigDecimal())
                .param("rural", standard.ruralDibaoMonthly().toBigDecimal())
                .param("multiplier", standard.edgeMultiplier())
                .param("income", standard.lastYearDisposableIncomePerCapita().toBigDecimal())
                .param("tiers", tiers(standard.temporaryAssistanceTiers()))
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    public Optional<LocalStandard> applicable(RegionCode region, LocalDate date) {
        return jdbc.sql(
                        """
                        SELECT * FROM registry_local_standard
                        WHERE :region LIKE region_prefix || '%' AND effective_from <= :date
                        ORDER BY length(region_prefix) DESC, effective_from DESC
                        LIMIT 1
                        """)
                .param("region", region.value())
                .param("date", date)
                .query(this::standard)
                .optional();
    }

    private String tiers(List<TemporaryAssistanceTier> tiers) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (TemporaryAssistanceTier tier : tiers) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("fromHardship", tier.fromHardship().toString());
            row.put("monthsOfDibaoStandard", tier.monthsOfDibaoStandard().toPlainString());
            row.put("maximum", tier.maximum().toString());
            rows.add(row);
        }
        return json.writeValueAsString(rows);
    }

    private LocalStandard standard(ResultSet rs, int rowNum) throws SQLException {
        List<TemporaryAssistanceTier> tiers = new ArrayList<>();
        for (JsonNode tier : json.readTree(rs.getString("temporary_assistance_tiers"))) {
            tiers.add(
                    new TemporaryAssistanceTier(
                            Yuan.parse(tier.get("fromHardship").asString()),
                            new BigDecimal(tier.get("monthsOfDibaoStandard").asString()),
                            Yuan.parse(tier.get("maximum").asString())));
        }
        return new LocalStandard(
                new RegionCode(rs.getString("region_code")),
                rs.getObject("effective_from", LocalDate.class),
                Yuan.of(rs.getBigDecimal("urban_dibao_monthly")),
                Yuan.of(rs.getBigDecimal("rural_dibao_monthly")),
                rs.getBigDecimal("edge_multiplier").stripTrailingZeros(),
                Yuan.of(rs.getBigDecimal("last_year_disposable_income")),
                tiers);
    }
}
