package org.tuodi.server.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;

/**
 * 登记: writes households into the registry on the server's clock date and audits the category
 * changes of households that were already registered ({@code HOUSEHOLD_CATEGORIES_CHANGED}, with
 * the categories added and removed). New households are audited by their import.
 */
@Component
public class Registrations {

    private final JdbcHouseholds households;
    private final AuditLog audit;
    private final Clock clock;

    Registrations(JdbcHouseholds households, AuditLog audit, Clock clock) {
        this.households = households;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers the batch in the caller's transaction, which it requires. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Written register(List<Household> batch, String actor) {
        Written written =
                households.write(batch, actor, LocalDate.now(clock), OffsetDateTime.now(clock));
        written.changes()
                .forEach(
                        (id, change) ->
                                audit.record(
                                        new AuditEntry(
                                                actor,
                                                "HOUSEHOLD_CATEGORIES_CHANGED",
                                                "household",
                                                id.value(),
                                                "added="
                                                        + names(change.added())
                                                        + " removed="
                                                        + names(change.removed()))));
        return written;
    }

    private static String names(Set<LowIncomeCategory> categories) {
        return categories.isEmpty()
                ? "-"
                : categories.stream().map(Enum::name).collect(Collectors.joining(";"));
    }
}
