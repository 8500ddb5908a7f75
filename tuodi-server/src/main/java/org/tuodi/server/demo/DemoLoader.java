package org.tuodi.server.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;
import org.tuodi.core.household.Household;
import org.tuodi.core.shared.Yuan;
import org.tuodi.core.standard.LocalStandard;
import org.tuodi.core.standard.TemporaryAssistanceTier;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.Users;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * 演示数据装载: on an empty database (no household, no user) registers the demo county's users, its local
 * standard and its households, in one transaction, so a load is whole or not at all. A database
 * that holds anything already is left alone: the demo's own data from an earlier start (its last
 * household is the mark), or another county's households and users, which the demo never mixes with
 * its own.
 */
class DemoLoader {

    /** 临颍县's standard applies from the year of the seed story. */
    static final LocalDate STANDARD_FROM = LocalDate.of(2023, 1, 1);

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoCounty county;
    private final DemoUsers users;
    private final Users accounts;
    private final HouseholdRegistry registry;
    private final AuditLog audit;
    private final TransactionOperations transactions;

    DemoLoader(
            DemoCounty county,
            DemoUsers users,
            Users accounts,
            HouseholdRegistry registry,
            AuditLog audit,
            TransactionOperations transactions) {
        this.county = county;
        this.users = users;
        this.accounts = accounts;
        this.registry = registry;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Whether the demo county is in the registry: its last household is. */
    boolean isLoaded() {
        return registry.find(county.lastHousehold()).isPresent();
    }

    /** Loads the county; returns what was loaded. */
    Loaded load(String password, long start) {
        int created = users.create(password);
        registry.saveStandard(linyingStandard());
        List<Household> households = county.households();
        households.forEach(registry::register);
        int people = households.stream().mapToInt(Household::size).sum();
        audit.record(
                new AuditEntry(
                        "system",
                        "DEMO_LOADED",
                        "region",
                        DemoCounty.LINYING.value(),
                        "households=" + households.size() + " users=" + created));
        Loaded loaded =
                new Loaded(households.size(), people, created, (System.nanoTime() - start) / 1e9);
        log.info(
                "demo=loaded county={} households={} people={} users={} seconds={}",
                DemoCounty.LINYING.shortCode(),
                loaded.households(),
                loaded.people(),
                loaded.users(),
                String.format("%.1f", loaded.seconds()));
        return loaded;
    }

    /**
     * Loads the county in one transaction if the database is empty: no household in the registry
     * and no user. Otherwise it loads nothing and says why: the demo was loaded before, or the
     * database holds other data.
     */
    Outcome loadIfEmpty(String password) {
        long start = System.nanoTime();
        long households = registry.householdCount();
        long existingUsers = accounts.count();
        if (households == 0 && existingUsers == 0) {
            return transactions.execute(status -> load(password, start));
        }
        if (households > 0 && isLoaded()) {
            log.info("demo=already_loaded county={}", DemoCounty.LINYING.shortCode());
            return new LoadedBefore();
        }
        Skipped skipped = new Skipped(households, existingUsers);
        log.warn(
                "demo=skipped reason=database_not_empty households={} users={} hint=\"the demo"
                        + " county loads only into an empty database: start with another"
                        + " --data-dir (or an empty external database) to see it\"",
                households,
                existingUsers);
        return skipped;
    }

    /**
     * 临颍县's local standard (illustrative figures, as the core fixtures and docs/rule-sets.md have
     * them): 低保 ¥420 a month rural and ¥640 urban, 低保边缘 at 1.5 times, last year's disposable income
     * ¥20,000, and four 临时救助 tiers.
     */
    static LocalStandard linyingStandard() {
        return new LocalStandard(
                DemoCounty.LINYING,
                STANDARD_FROM,
                Yuan.of(640),
                Yuan.of(420),
                LocalStandard.NATIONAL_EDGE_MULTIPLIER,
                Yuan.of(20_000),
                List.of(
                        tier(1_000, "1", 2_000),
                        tier(5_000, "2", 4_000),
                        tier(20_000, "4", 8_000),
                        tier(50_000, "6", 15_000)));
    }

    private static TemporaryAssistanceTier tier(long from, String months, long maximum) {
        return new TemporaryAssistanceTier(Yuan.of(from), new BigDecimal(months), Yuan.of(maximum));
    }

    /** What {@link #loadIfEmpty} found and did. */
    sealed interface Outcome permits Loaded, LoadedBefore, Skipped {

        /** Whether the demo county is in the database now, loaded by this start or before. */
        default boolean hasDemo() {
            return !(this instanceof Skipped);
        }
    }

    /**
     * Loaded now: households, their members, users created, and how long it took (waiting for the
     * county's derivation included).
     */
    record Loaded(int households, int people, int users, double seconds) implements Outcome {}

    /** The demo county was loaded on an earlier start; nothing changed. */
    record LoadedBefore() implements Outcome {}

    /** The database holds other households or users, not the demo's; nothing was loaded. */
    record Skipped(long households, long users) implements Outcome {}
}
