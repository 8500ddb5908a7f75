package org.tuodi.data.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.Member;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.core.region.RegionLevel;
import org.tuodi.data.csv.CsvFile;
import org.tuodi.data.csv.Reject;
import org.tuodi.data.households.HouseholdReader;
import org.tuodi.data.households.MemberReader;

/**
 * 合成县: one county of a synthetic province, for the server's demo. Its households are exactly those
 * that {@code tuodi generate} with the same province, scale, months, seed and start places in the
 * county (same ids, identity numbers, names and records): the province's households are derived in
 * index order, as the generator does, and those of the county are kept. The cost is the province's
 * derivation (about 10 µs a household), the memory only the county's households.
 *
 * <p>Added for the server demo (docs/server-demo.md); it reuses the generator's parts and changes
 * none of them.
 */
public final class SyntheticCounty {

    private static final Comparator<ScheduledRecord> BY_DATE =
            Comparator.comparing(ScheduledRecord::scheduledOn);

    private final RegionDirectory regions;
    private final RegionCode county;
    private final long seed;
    private final LocalDate start;
    private final int months;
    private final Province province;
    private final RecordSchedule schedule;
    private final List<SyntheticHousehold> households;

    private SyntheticCounty(
            RegionDirectory regions,
            RegionCode county,
            long seed,
            LocalDate start,
            int months,
            Province province,
            RecordSchedule schedule,
            List<SyntheticHousehold> households) {
        this.regions = regions;
        this.county = county;
        this.seed = seed;
        this.start = start;
        this.months = months;
        this.province = province;
        this.schedule = schedule;
        this.households = List.copyOf(households);
    }

    /**
     * Derives the county's households as {@code tuodi generate} would with these values and {@code
     * --province} the county's province.
     *
     * @throws IllegalArgumentException if the code is not a county of a province that can be
     *     generated, or a value is out of the generator's range
     */
    public static SyntheticCounty derive(
            RegionDirectory regions,
            RegionCode county,
            double scale,
            int months,
            long seed,
            LocalDate start) {
        Objects.requireNonNull(county, "county");
        if (county.level() != RegionLevel.COUNTY || regions.find(county).isEmpty()) {
            throw new IllegalArgumentException("not a county of the division codes: " + county);
        }
        String provinceCode = county.shortCode().substring(0, 2);
        // Checks the ranges exactly as the command line does; the directory is never written.
        new GenerateRequest(provinceCode, scale, months, seed, start, Path.of("."));
        Province province = Province.load(regions, provinceCode);
        YearMonth first = YearMonth.from(start);
        Shocks shocks = Shocks.draw(seed, province, first, months);
        IdNumbers ids = new IdNumbers(seed, province.counties());
        PopulationPlan plan = new PopulationPlan();
        HouseholdFactory factory =
                new HouseholdFactory(seed, months, start.getYear(), plan, province, shocks, ids);
        String prefix = county.shortCode();
        List<SyntheticHousehold> kept = new ArrayList<>();
        ids.reset();
        for (long i = 0, n = plan.households(scale); i < n; i++) {
            SyntheticHousehold household = factory.derive(i);
            if (province.villageCode(household.village()).startsWith(prefix)) {
                kept.add(household);
            }
        }
        RecordSchedule schedule = new RecordSchedule(seed, first, province, shocks);
        return new SyntheticCounty(regions, county, seed, start, months, province, schedule, kept);
    }

    public RegionCode county() {
        return county;
    }

    /** How many households the county has. */
    public int size() {
        return households.size();
    }

    /** How many months of records the schedule has. */
    public int months() {
        return months;
    }

    /** The calendar month of month {@code m} of the schedule (0 = the start month). */
    public YearMonth month(int m) {
        return YearMonth.from(start).plusMonths(m);
    }

    /**
     * The households with their members, in the generator's order, as households.csv and
     * members.csv carry them: they are written with the generator's writer and read back with the
     * format's readers, so names, addresses and categories are the files' own.
     *
     * @throws IllegalStateException if a row does not read back (a generator bug)
     */
    public List<Household> households() {
        try {
            Path dir = Files.createTempDirectory("tuodi-county-");
            try {
                return readBack(dir.resolve("households.csv"), dir.resolve("members.csv"));
            } finally {
                Files.deleteIfExists(dir.resolve("households.csv"));
                Files.deleteIfExists(dir.resolve("members.csv"));
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Household> readBack(Path householdsFile, Path membersFile) throws IOException {
        try (RosterFiles roster = new RosterFiles(seed, province, householdsFile, membersFile)) {
            households.forEach(roster::write);
        }
        Map<HouseholdId, Household> read = new LinkedHashMap<>();
        Map<HouseholdId, List<Member>> members = new LinkedHashMap<>();
        try (CsvFile file =
                        CsvFile.open(
                                householdsFile, HouseholdReader.REQUIRED, HouseholdReader.COLUMNS);
                CsvFile memberFile =
                        CsvFile.open(membersFile, MemberReader.REQUIRED, MemberReader.COLUMNS)) {
            new HouseholdReader(file, SyntheticCounty::fail, regions)
                    .read((line, household) -> read.put(household.id(), household));
            new MemberReader(memberFile, SyntheticCounty::fail, read.keySet())
                    .read(
                            (line, m) ->
                                    members.computeIfAbsent(m.household(), k -> new ArrayList<>())
                                            .add(m.member()));
        }
        List<Household> result = new ArrayList<>(read.size());
        read.forEach((id, h) -> result.add(h.withMembers(members.getOrDefault(id, List.of()))));
        return List.copyOf(result);
    }

    private static void fail(Reject reject) {
        throw new IllegalStateException("a generated row does not read back: " + reject);
    }

    /**
     * The department records of every household in month {@code m} (0 = the start month), by date
     * and, within a day, in household order: the rows {@code tuodi generate} writes for the county
     * that month, before they get their event ids.
     */
    public List<ScheduledRecord> recordsIn(int m) {
        if (m < 0 || m >= months) {
            throw new IllegalArgumentException("month " + m + " is outside 0.." + (months - 1));
        }
        List<ScheduledRecord> records = new ArrayList<>();
        for (SyntheticHousehold household : households) {
            for (GeneratedRecord record : schedule.recordsOf(household, m)) {
                records.add(new ScheduledRecord(household.id(), record));
            }
        }
        records.sort(BY_DATE);
        return records;
    }
}
