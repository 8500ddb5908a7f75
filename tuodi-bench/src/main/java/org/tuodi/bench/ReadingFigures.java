package org.tuodi.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.tuodi.data.csv.CsvFile;
import org.tuodi.data.events.EventReader;
import org.tuodi.data.households.HouseholdReader;
import org.tuodi.data.households.MemberReader;
import org.tuodi.data.households.Roster;

/**
 * Times tuodi-data's readers on their own, in one JVM, round after round: the roster
 * (households.csv and members.csv) and the parsing of events.csv (records parsed, not routed). The
 * first round is cold, as in a replay; later rounds show the warm cost per row.
 *
 * <p>Usage: {@code ReadingFigures --data DIR [--rounds 3] [--plain]}; {@code --plain} parses on the
 * reading thread instead of reading ahead on a second one. Prints one {@code key=value} line per
 * step and round.
 */
public final class ReadingFigures {

    private static boolean ahead;

    private ReadingFigures() {}

    private static CsvFile open(
            Path path, java.util.List<String> required, java.util.List<String> known)
            throws IOException {
        return ahead
                ? CsvFile.openReadingAhead(path, required, known)
                : CsvFile.open(path, required, known);
    }

    public static void main(String[] args) throws IOException {
        Arguments a = Arguments.parse(args);
        Path dir = Path.of(a.required("data"));
        ahead = !a.has("plain");
        int rounds = a.integer("rounds", 3);
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            Roster roster = roster(dir);
            long rosterNanos = System.nanoTime() - start;
            long rows = roster.householdCounts().read() + roster.memberCounts().read();
            print(round, "roster", rosterNanos, rows);
            start = System.nanoTime();
            long records = parseEvents(dir);
            print(round, "events", System.nanoTime() - start, records);
        }
    }

    static Roster roster(Path dir) throws IOException {
        AtomicLong rejected = new AtomicLong();
        try (CsvFile households =
                        open(
                                dir.resolve("households.csv"),
                                HouseholdReader.REQUIRED,
                                HouseholdReader.COLUMNS);
                CsvFile members =
                        open(
                                dir.resolve("members.csv"),
                                MemberReader.REQUIRED,
                                MemberReader.COLUMNS)) {
            return Roster.read(households, members, r -> rejected.incrementAndGet());
        }
    }

    static long parseEvents(Path dir) throws IOException {
        AtomicLong taken = new AtomicLong();
        try (CsvFile file =
                open(dir.resolve("events.csv"), EventReader.REQUIRED, EventReader.COLUMNS)) {
            EventReader reader = new EventReader(file, r -> {});
            reader.read((line, event) -> taken.incrementAndGet());
            return reader.counts().read();
        }
    }

    private static void print(int round, String step, long nanos, long rows) {
        System.out.printf(
                "round=%d step=%s seconds=%.2f rows=%d us_per_row=%.2f%n",
                round, step, nanos / 1e9, rows, nanos / 1e3 / Math.max(1, rows));
    }
}
