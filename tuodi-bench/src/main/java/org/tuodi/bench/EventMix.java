package org.tuodi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.tuodi.core.engine.Assessment;
import org.tuodi.core.engine.HouseholdState;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.household.Household;
import org.tuodi.data.csv.CsvFile;
import org.tuodi.data.events.EventReader;
import org.tuodi.data.households.HouseholdReader;
import org.tuodi.data.households.MemberReader;
import org.tuodi.data.households.Roster;

/**
 * The in-memory mix of the engine benchmark: a year of synthetic records ({@link SyntheticData})
 * for a number of households, written to a temporary directory and read back with tuodi-data's
 * readers, so the engine sees exactly what a replay of those files would give it. Records about
 * persons in no household are left out. Each record is stored with its household's index.
 */
final class EventMix {

    final Household[] households;
    final int[] householdOf;
    final DepartmentEvent[] events;
    final LocalDate end;

    private EventMix(
            Household[] households, int[] householdOf, DepartmentEvent[] events, LocalDate end) {
        this.households = households;
        this.householdOf = householdOf;
        this.events = events;
        this.end = end;
    }

    static EventMix of(int households, long seed) {
        LocalDate start = LocalDate.of(2024, 1, 1);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tuodi-mix");
            new SyntheticData(households, 12, seed, start).write(dir);
            return read(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /** The records of a data directory (formats.md v1), e.g. from {@code tuodi generate}. */
    static EventMix read(Path dir) throws IOException {
        Roster roster;
        try (CsvFile hh =
                        CsvFile.open(
                                dir.resolve("households.csv"),
                                HouseholdReader.REQUIRED,
                                HouseholdReader.COLUMNS);
                CsvFile mem =
                        CsvFile.open(
                                dir.resolve("members.csv"),
                                MemberReader.REQUIRED,
                                MemberReader.COLUMNS)) {
            roster = Roster.read(hh, mem, r -> {});
        }
        RosterIndex index = RosterIndex.of(roster);
        List<DepartmentEvent> events = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        LocalDate[] newest = {LocalDate.MIN};
        try (CsvFile ev =
                CsvFile.open(
                        dir.resolve("events.csv"), EventReader.REQUIRED, EventReader.COLUMNS)) {
            new EventReader(ev, r -> {})
                    .read(
                            (line, e) -> {
                                int h = index.householdOf(e.person());
                                if (e.occurredOn().isAfter(newest[0])) {
                                    newest[0] = e.occurredOn();
                                }
                                if (h >= 0) {
                                    events.add(e);
                                    owners.add(h);
                                }
                            });
        }
        return new EventMix(
                index.households,
                owners.stream().mapToInt(Integer::intValue).toArray(),
                events.toArray(new DepartmentEvent[0]),
                newest[0]);
    }

    /** Runs the whole year through the engine from empty states, then to the year's end. */
    HouseholdState[] replay(RiskEngine engine) {
        HouseholdState[] states = new HouseholdState[households.length];
        Arrays.fill(states, HouseholdState.empty());
        for (int i = 0; i < events.length; i++) {
            int h = householdOf[i];
            states[h] = engine.accept(states[h], households[h], events[i]).state();
        }
        for (int h = 0; h < states.length; h++) {
            Assessment a = engine.advanceTo(states[h], households[h], end);
            states[h] = a.state();
        }
        return states;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
