package org.tuodi.server.registry.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.core.standard.LocalStandard;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.InvalidInputProblem;

/**
 * 地方救助标准: saving a region's standard from a date, audited as {@code STANDARD_SAVED} with its
 * figures (public policy amounts, not personal data).
 */
@Component
public class Standards {

    private final JdbcStandards standards;
    private final RegionDirectory regions;
    private final AuditLog audit;
    private final Clock clock;

    Standards(JdbcStandards standards, RegionDirectory regions, AuditLog audit, Clock clock) {
        this.standards = standards;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void save(LocalStandard standard, String actor) {
        if (regions.find(standard.region()).isEmpty()) {
            throw new InvalidInputProblem(
                    "regionCode",
                    "not a region of the statistical division codes (2023): " + standard.region());
        }
        standards.save(standard, actor, OffsetDateTime.now(clock));
        audit.record(
                new AuditEntry(
                        actor,
                        "STANDARD_SAVED",
                        "local_standard",
                        standard.region().value() + "@" + standard.effectiveFrom(),
                        "urban_dibao="
                                + standard.urbanDibaoMonthly()
                                + " rural_dibao="
                                + standard.ruralDibaoMonthly()
                                + " edge_multiplier="
                                + standard.edgeMultiplier().toPlainString()
                                + " disposable_income="
                                + standard.lastYearDisposableIncomePerCapita()
                                + " tiers="
                                + standard.temporaryAssistanceTiers().size()));
    }
}
