package org.tuodi.server.ingest.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.Source;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.server.assessment.RiskAssessment;
import org.tuodi.server.ingest.EventIntake;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.DepartmentPrincipal;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * Takes a batch in one transaction: every record is stored once per {@code (source, event_id)},
 * matched to its person's household through the registry, and, when matched, assessed at once by
 * the engine; the household's new engine state and any case it opens are written in the same
 * transaction, so the batch is stored and assessed whole or not at all. A batch that stored records
 * is audited in the same transaction ({@code EVENTS_RECEIVED}, counts only).
 */
@Service
class AssessingEventIntake implements EventIntake {

    private static final Logger log = LoggerFactory.getLogger(AssessingEventIntake.class);

    private final JdbcIngestEvents events;
    private final HouseholdRegistry registry;
    private final RiskAssessment assessment;
    private final Clock clock;
    private final AuditLog audit;

    AssessingEventIntake(
            JdbcIngestEvents events,
            HouseholdRegistry registry,
            RiskAssessment assessment,
            Clock clock,
            AuditLog audit) {
        this.events = events;
        this.registry = registry;
        this.assessment = assessment;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    @Transactional
    public IntakeReceipt accept(Source sender, List<DepartmentEvent> batch) {
        for (DepartmentEvent event : batch) {
            if (event.key().source() != sender) {
                throw new AccessDeniedProblem(
                        "a " + sender + " token sent a " + event.key().source() + " record");
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int accepted = 0;
        int duplicates = 0;
        int unmatched = 0;
        int raised = 0;
        for (DepartmentEvent event : batch) {
            Optional<HouseholdId> household = registry.householdOf(event.person());
            Optional<Long> id = events.insert(event, household, now);
            if (id.isEmpty()) {
                duplicates++;
                continue;
            }
            accepted++;
            if (household.isEmpty()) {
                unmatched++;
                continue;
            }
            RiskAssessment.Assessed assessed = assessment.assess(household.get(), event);
            events.recordOutcome(id.get(), assessed.outcome());
            raised += (int) assessed.raised();
        }
        log.info(
                "intake=batch source={} records={} accepted={} duplicates={} unmatched={} raised={}",
                sender,
                batch.size(),
                accepted,
                duplicates,
                unmatched,
                raised);
        if (accepted > 0) {
            audit.record(
                    new AuditEntry(
                            new DepartmentPrincipal(sender).actor(),
                            "EVENTS_RECEIVED",
                            "department",
                            sender.name(),
                            "records="
                                    + batch.size()
                                    + " accepted="
                                    + accepted
                                    + " duplicates="
                                    + duplicates
                                    + " unmatched="
                                    + unmatched
                                    + " alerts_raised="
                                    + raised));
        }
        return new IntakeReceipt(accepted, duplicates, unmatched, raised);
    }
}
