package org.tuodi.server.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;
import org.tuodi.core.household.Household;
import org.tuodi.core.shared.Yuan;
import org.tuodi.core.standard.LocalStandard;
import org.tuodi.core.standard.TemporaryAssistanceTier;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * 演示数据装载: on a database without the demo county, registers its users, its local standard and its
 * households, in one transaction (the caller's), so a load is whole or not at all. The demo's last
 * household is its mark: when the registry has it, the county is loaded and a restart keeps what is
 * there, cases and records included.
 */
class DemoLoader {

    /** 临颍县's standard applies from the year of the seed story. */
    static final LocalDate STANDARD_FROM = LocalDate.of(2023, 1, 1);

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoCounty county;
    private final DemoUsers users;
    private final HouseholdRegistry registry;
    private final AuditLog audit;
    private final TransactionOperations transactions;

    DemoLoader(
            DemoCounty county,
            DemoUsers users,
            HouseholdRegistry registry,
            AuditLog audit,
            TransactionOperations transactions) {
        this.county = county;
        this.users = users;
        this.registry = registry;
        this.audit = audit;
        this.transactions = transactions;
    }

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

    /** Loads the county in one transaction unless it is loaded already. */
    Optional<Loaded> loadIfEmpty(String password) {
        long start = System.nanoTime();
        if (isLoaded()) {
            log.info("demo=already_loaded county={}", DemoCounty.LINYING.shortCode());
            return Optional.empty();
        }
        return Optional.of(transactions.execute(status -> load(password, start)));
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

    /**
     * What a load put in: households, their members, users created, and how long it took (waiting
     * for the county's derivation included).
     */
    record Loaded(int households, int people, int users, double seconds) {}
}
