package org.tuodi.data.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.tuodi.core.household.Residence;
import org.tuodi.core.region.RegionDirectory;

/**
 * 合成省份生成器: writes a synthetic province in exchange format v1, streaming. The first pass derives
 * households 0 … n−1 and writes households.csv and members.csv; then one pass per month derives
 * them again and writes that month's department records to events.csv, so the file is in month
 * order (within a month, each household's records are in date order; the engine's 31 days of
 * lateness cover the rest). Nothing grows with the scale but the files: memory holds the province's
 * villages, the shocks, the identity-number counters and one household at a time.
 *
 * <p>The same request gives the same files byte for byte: every draw comes from a stream keyed by
 * the seed (see {@link Seeds}), no clock is read, and households are visited in index order.
 */
public final class ProvinceGenerator {

    private static final long PROGRESS_EVERY = 250_000;

    private final RegionDirectory regions;
    private final PopulationPlan plan = new PopulationPlan();

    public ProvinceGenerator(RegionDirectory regions) {
        this.regions = Objects.requireNonNull(regions, "regions");
    }

    /**
     * The 2-digit codes of the provinces that can be generated: those with every village bundled.
     */
    public List<String> supportedProvinces() {
        return Province.supported(regions);
    }

    /** Households at the scale (1.0: Henan's published population). */
    public long households(double scale) {
        return plan.households(scale);
    }

    /**
     * Writes the three files into {@code request.out()} (created if missing, files replaced).
     *
     * @param progress receives English progress lines (households and records written)
     * @throws IllegalArgumentException if the province cannot be generated
     */
    public GenerationReport generate(GenerateRequest request, Consumer<String> progress)
            throws IOException {
        Province province = Province.load(regions, request.province());
        YearMonth start = YearMonth.from(request.start());
        long seed = request.seed();
        Shocks shocks = Shocks.draw(seed, province, start, request.months());
        IdNumbers ids = new IdNumbers(seed, province.counties());
        HouseholdFactory factory =
                new HouseholdFactory(
                        seed, request.months(), start.getYear(), plan, province, shocks, ids);
        long count = plan.households(request.scale());
        Files.createDirectories(request.out());
        Map<String, Long> households = new LinkedHashMap<>();
        Map<String, Long> people = new LinkedHashMap<>();
        long rural = 0;
        try (RosterFiles roster =
                new RosterFiles(seed, province, request.householdsFile(), request.membersFile())) {
            ids.reset();
            for (long i = 0; i < count; i++) {
                SyntheticHousehold household = factory.derive(i);
                roster.write(household);
                households.merge(household.stratum().name(), 1L, Long::sum);
                people.merge(
                        household.stratum().name(), (long) household.members().size(), Long::sum);
                rural += household.residence() == Residence.RURAL ? 1 : 0;
                if ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == count) {
                    progress.accept("generate: households=" + (i + 1) + "/" + count);
                }
            }
        }
        RecordSchedule schedule = new RecordSchedule(seed, start, province, shocks);
        try (EventsFile events = new EventsFile(request.eventsFile())) {
            long written = 0;
            for (int m = 0; m < request.months(); m++) {
                ids.reset();
                for (long i = 0; i < count; i++) {
                    for (GeneratedRecord record : schedule.recordsOf(factory.derive(i), m)) {
                        events.write(record);
                        written++;
                    }
                }
                progress.accept("generate: month=" + start.plusMonths(m) + " records=" + written);
            }
            return new GenerationReport(
                    request,
                    province.name(),
                    households,
                    people,
                    rural,
                    events.counts(),
                    shocks.disasters(),
                    shocks.townsHit(),
                    shocks.layoffs());
        }
    }
}
