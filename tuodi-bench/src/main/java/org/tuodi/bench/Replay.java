package org.tuodi.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.tuodi.core.engine.EventOutcome;
import org.tuodi.core.engine.HouseholdState;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.rules.RuleSetFormat;
import org.tuodi.data.csv.CsvFile;
import org.tuodi.data.csv.FileCounts;
import org.tuodi.data.events.EventReader;
import org.tuodi.data.households.HouseholdReader;
import org.tuodi.data.households.MemberReader;
import org.tuodi.data.households.Roster;

/**
 * 全量回放: runs a whole data directory (households.csv, members.csv, events.csv of formats.md v1)
 * through the engine as the scan does, with tuodi-data's readers: the roster into memory, the
 * events streamed in file order, each to its household's state, then every household advanced to
 * the newest record's day. With one thread the reader thread runs the engine itself; with more, the
 * reader thread parses and dispatches to one partition thread per thread asked for, each owning its
 * households' states ({@link Dispatcher}). Collects the RAISE and ESCALATE decisions as alert rows
 * and times the run.
 *
 * <p>Usage: {@code Replay --data DIR [--threads N] [--out alerts.csv] [--state-sizes]}; {@code
 * --threads 0} means all cores. Prints {@code key=value} lines.
 */
public final class Replay {

    private Replay() {}

    public static void main(String[] args) throws Exception {
        Arguments a = Arguments.parse(args);
        Path dir = Path.of(a.required("data"));
        int threads = threads(a.integer("threads", 1));
        int partitions = a.integer("partitions", partitionsFor(threads));
        ReplayResult result =
                run(dir, threads, partitions, RiskEngine.of(RuleSetFormat.loadReference()));
        System.out.print(result.report());
        if (a.flag("state-sizes")) {
            System.out.print(result.stateSizes().report("state"));
        }
        if (a.has("out")) {
            AlertRow.write(Path.of(a.required("out")), result.alerts());
        }
    }

    static int threads(int asked) {
        return asked > 0 ? asked : Runtime.getRuntime().availableProcessors();
    }

    /**
     * The partitions for a number of threads: none of its own for one thread (the reader runs the
     * engine), else one thread fewer than asked, since the reader thread is busy parsing.
     */
    static int partitionsFor(int threads) {
        return Math.max(1, threads - 1);
    }

    /**
     * Replays the directory: with one thread the reader thread runs the engine; with more, the
     * reader thread dispatches to {@code partitions} worker threads.
     */
    static ReplayResult run(Path dir, int threads, int partitions, RiskEngine engine)
            throws IOException, InterruptedException {
        ProcessStats.resetHeapPeak();
        long cpu = ProcessStats.cpuNanos();
        long start = System.nanoTime();
        AtomicLong rejected = new AtomicLong();
        Roster roster;
        try (CsvFile households =
                        CsvFile.openReadingAhead(
                                dir.resolve("households.csv"),
                                HouseholdReader.REQUIRED,
                                HouseholdReader.COLUMNS);
                CsvFile members =
                        CsvFile.openReadingAhead(
                                dir.resolve("members.csv"),
                                MemberReader.REQUIRED,
                                MemberReader.COLUMNS)) {
            roster = Roster.read(households, members, r -> rejected.incrementAndGet());
        }
        RosterIndex index = RosterIndex.of(roster);
        long loaded = System.nanoTime();
        Partition[] parts = new Partition[threads == 1 ? 1 : partitions];
        for (int p = 0; p < parts.length; p++) {
            parts[p] = new Partition(engine, index.households, p, parts.length);
        }
        Dispatcher dispatcher = new Dispatcher(parts, index, threads == 1);
        FileCounts events;
        try (CsvFile file =
                CsvFile.openReadingAhead(
                        dir.resolve("events.csv"), EventReader.REQUIRED, EventReader.COLUMNS)) {
            EventReader reader = new EventReader(file, r -> rejected.incrementAndGet());
            reader.read(dispatcher::route);
            events = reader.counts();
        }
        dispatcher.finish();
        long end = System.nanoTime();
        long cpuUsed = ProcessStats.cpuNanos() - cpu;
        return result(
                cpuUsed,
                threads,
                index,
                events,
                rejected.get(),
                dispatcher,
                parts,
                start,
                loaded,
                end);
    }

    private static ReplayResult result(
            long cpuNanos,
            int threads,
            RosterIndex index,
            FileCounts events,
            long rejected,
            Dispatcher dispatcher,
            Partition[] partitions,
            long start,
            long loaded,
            long end) {
        long[] outcomes = new long[EventOutcome.values().length];
        List<AlertRow> alerts = new ArrayList<>();
        List<HouseholdState> states = new ArrayList<>();
        long addedEvidence = 0;
        for (Partition p : partitions) {
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] += p.outcomes[i];
            }
            alerts.addAll(p.alerts);
            addedEvidence += p.addedEvidence;
            for (HouseholdState s : p.states) {
                if (s != null) {
                    states.add(s);
                }
            }
        }
        alerts.sort(AlertRow.FILE_ORDER);
        return new ReplayResult(
                threads,
                partitions.length,
                index.households.length,
                index.members(),
                events,
                rejected,
                dispatcher.unmatched,
                outcomes,
                addedEvidence,
                alerts,
                states,
                loaded - start,
                end - loaded,
                ProcessStats.residentPeakBytes(),
                ProcessStats.heapPeakBytes(),
                cpuNanos);
    }
}
