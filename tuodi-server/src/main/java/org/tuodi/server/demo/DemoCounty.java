package org.tuodi.server.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.region.Region;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.data.generate.GenerateRequest;
import org.tuodi.data.generate.SyntheticCounty;

/**
 * 演示县: 河南省漯河市临颍县 with its real towns and villages (2023 division codes) and the households the
 * synthetic Henan of {@code tuodi generate --province 41 --months 36} with the demo's seed and
 * scale places there. Derived once, on first use (the province's households are derived in order: a
 * few seconds), and the same on every start, so a restarted demo's simulator sends records about
 * the households loaded before.
 */
class DemoCounty {

    static final RegionCode HENAN = RegionCode.of("41");
    static final RegionCode LUOHE = RegionCode.of("4111");
    static final RegionCode LINYING = RegionCode.of("411122");

    /** 繁城回族镇, the town of the seed story: 32 villages, one assistant each. */
    static final RegionCode FANCHENG = RegionCode.of("411122101");

    /** The generated period: 36 months from the launch of Henan's platform. */
    static final int MONTHS = GenerateRequest.MAX_MONTHS;

    static final LocalDate START = GenerateRequest.PLATFORM_LAUNCH;

    private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);

    private final CompletableFuture<RegionDirectory> regions;
    private final CompletableFuture<SyntheticCounty> synthetic;
    private final CompletableFuture<List<Household>> households;

    /**
     * Starts deriving the county in the background at once: it takes a few seconds, which pass
     * while the rest of the server starts.
     */
    DemoCounty(Supplier<RegionDirectory> regions, DemoSettings settings) {
        Executor background =
                task -> {
                    Thread thread = new Thread(task, "demo-county");
                    thread.setDaemon(true);
                    thread.start();
                };
        this.regions = CompletableFuture.supplyAsync(regions, background);
        this.synthetic = this.regions.thenApplyAsync(r -> derive(r, settings), background);
        this.households = synthetic.thenApply(SyntheticCounty::households);
    }

    private static SyntheticCounty derive(RegionDirectory regions, DemoSettings settings) {
        long start = System.nanoTime();
        SyntheticCounty county =
                SyntheticCounty.derive(
                        regions, LINYING, settings.scale(), MONTHS, settings.seed(), START);
        log.info(
                "demo_county=derived county={} households={} seed={} scale={} ms={}",
                LINYING.shortCode(),
                county.size(),
                settings.seed(),
                settings.scale(),
                (System.nanoTime() - start) / 1_000_000);
        return county;
    }

    RegionDirectory regions() {
        return await(regions);
    }

    /** The towns (乡镇, 街道) of 临颍县, by code. */
    List<Region> towns() {
        return regions().children(LINYING);
    }

    /** The villages (村, 社区) of a town, by code. */
    List<Region> villagesOf(RegionCode town) {
        return regions().children(town);
    }

    SyntheticCounty synthetic() {
        return await(synthetic);
    }

    /** The households with their members, in the generator's order. */
    List<Household> households() {
        return await(households);
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The household the demo registers last: once it is in the registry, the load is complete. */
    HouseholdId lastHousehold() {
        List<Household> all = households();
        if (all.isEmpty()) {
            throw new IllegalStateException("the demo county has no households at this scale");
        }
        return all.get(all.size() - 1).id();
    }
}
