package org.tuodi.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.tuodi.core.region.Region;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;

/**
 * 合成数据: writes a synthetic data directory in formats.md v1 (households.csv, members.csv,
 * events.csv) with the mix the benchmarks assume: mostly medical settlements, a few records of each
 * other type, a few re-sent records and records about persons in no household, events in month
 * order (each month by department). Amounts are drawn so that a few per cent of households alert
 * under the reference rule set. Deterministic for a seed.
 *
 * <p>This is the benchmark module's stand-in, not the province generator ({@code tuodi generate}),
 * which replaces it for the published figures once merged.
 */
public final class SyntheticData {

    static final String EVENTS_HEADER =
            "event_id,source,type,id_number,occurred_on,total_cost,reimbursed,out_of_pocket,"
                    + "inpatient,diagnosis,stage,annual_fee,disability_grade,disability_type,"
                    + "loss_amount,housing_damage,housing_grade\n";

    private final int households;
    private final int months;
    private final long seed;
    private final LocalDate start;

    /**
     * @param start the first day of the period (the first of a month)
     */
    public SyntheticData(int households, int months, long seed, LocalDate start) {
        this.households = households;
        this.months = months;
        this.seed = seed;
        this.start = start;
    }

    /** Writes the three files into {@code dir} (created if needed); returns the events written. */
    public long write(Path dir) {
        try {
            Files.createDirectories(dir);
            SyntheticPeople people = new SyntheticPeople();
            LocalDate end = start.plusMonths(months).minusDays(1);
            try (Writer hh = writer(dir.resolve("households.csv"));
                    Writer mem = writer(dir.resolve("members.csv"))) {
                people.write(henanVillages(), households, seed, end, hh, mem);
            }
            List<SyntheticPeople.Person> strangers = strangers(people);
            try (Writer ev = writer(dir.resolve("events.csv"))) {
                ev.write(EVENTS_HEADER);
                SyntheticEvents events = new SyntheticEvents(seed);
                long written = 0;
                for (int m = 0; m < months; m++) {
                    written += writeMonth(ev, events, people.persons(), strangers, m);
                }
                return written;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long writeMonth(
            Writer out,
            SyntheticEvents events,
            List<SyntheticPeople.Person> persons,
            List<SyntheticPeople.Person> strangers,
            int m)
            throws IOException {
        LocalDate first = start.plusMonths(m);
        int days = (int) ChronoUnit.DAYS.between(first, first.plusMonths(1));
        List<SyntheticEvents.Row> rows = new ArrayList<>();
        int from = 0;
        while (from < persons.size()) {
            int h = persons.get(from).household();
            int to = from;
            while (to < persons.size() && persons.get(to).household() == h) {
                to++;
            }
            SplittableRandom random = new SplittableRandom((seed * 7919L + h) * 131L + m);
            events.household(persons.subList(from, to), first, days, random, rows);
            from = to;
        }
        SplittableRandom random = new SplittableRandom(seed * 31L + m);
        for (SyntheticPeople.Person stranger : strangers) {
            events.stranger(stranger, first, days, random, rows);
        }
        rows.sort(Comparator.comparingInt(SyntheticEvents.Row::order));
        for (SyntheticEvents.Row row : rows) {
            out.write(row.line());
        }
        return rows.size();
    }

    /** Persons in no household (about 1 in 300 records is about one of them). */
    private List<SyntheticPeople.Person> strangers(SyntheticPeople people) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<SyntheticPeople.Person> strangers = new ArrayList<>();
        for (int i = 0; i < Math.max(1, households / 100); i++) {
            LocalDate birth =
                    LocalDate.of(1940 + random.nextInt(60), 1, 1).plusDays(random.nextInt(365));
            strangers.add(
                    new SyntheticPeople.Person(people.newId("411122", birth, random), birth, -1));
        }
        return strangers;
    }

    private static List<Region> henanVillages() {
        return RegionDirectory.load().villagesIn(RegionCode.of("41")).toList();
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
