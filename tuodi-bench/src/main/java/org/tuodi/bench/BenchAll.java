package org.tuodi.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 基准总命令: everything at one scale, then a summary table. Gets the data ({@code tuodi generate}
 * unless already there, or a given directory, or the benchmark module's synthetic stand-in), runs
 * the JMH engine benchmark and the state-size measurement on its mix, then {@code --runs} times the
 * replay on one thread, the replay on all cores and the DuckDB baseline, each in a fresh JVM;
 * checks that the three give identical alerts household by household in every run (and fails,
 * naming the first differing household, if not); prints medians and the goals met or not.
 *
 * <pre>
 * BenchAll --scale S [--months 12] [--seed 1]   data from ./tuodi generate, in target/bench-data/S-M-K
 *          --data DIR                           any formats.md v1 directory instead
 *          --synthetic N                        N households of SyntheticData instead
 *          [--runs 3] [--threads all cores] [--out target/bench-results/NAME]
 *          [--jmh-households 5000] [--jmh-warmup 3] [--jmh-iterations 5] [--jmh-time 5] | --no-jmh
 *          [--heap 8g] [--jvm "more JVM options of the forked runs"] [--no-fork] [--root .]
 * </pre>
 *
 * Exit codes: 0 done (goals not met are reported, not failed: benchmarks are not tests), 1 the
 * alerts differ or a step failed, 2 usage.
 */
public final class BenchAll {

    private BenchAll() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        Arguments a;
        try {
            a = Arguments.parse(args);
            if (!a.has("data") && !a.has("scale") && !a.has("synthetic")) {
                throw new IllegalArgumentException("give --scale S, --data DIR or --synthetic N");
            }
        } catch (IllegalArgumentException e) {
            out.println("usage error: " + e.getMessage());
            return 2;
        }
        try {
            return new BenchAll().bench(a, out);
        } catch (IOException | RuntimeException e) {
            out.println("FAILED: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("FAILED: interrupted");
            return 1;
        }
    }

    private int bench(Arguments a, PrintStream out) throws IOException, InterruptedException {
        Path root = Path.of(a.text("root", ".")).toAbsolutePath().normalize();
        Path data = BenchData.resolve(a, root, out);
        Path results =
                Path.of(
                        a.text(
                                "out",
                                root.resolve("target/bench-results/" + data.getFileName())
                                        .toString()));
        Files.createDirectories(results);
        int runs = a.integer("runs", 3);
        int threads = Replay.threads(a.integer("threads", 0));
        Summary summary = new Summary();
        String loadBefore = ProcessStats.loadAverage();
        long bytes = Files.size(data.resolve("events.csv"));
        summary.add(
                "data",
                data
                        + " (events.csv "
                        + (bytes < 1_000_000 ? bytes / 1000 + " kB" : bytes / 1_000_000 + " MB")
                        + ")");
        summary.add(
                "machine",
                Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        if (!a.flag("no-jmh")) {
            new EngineFigures(a).measure(summary, out);
        }
        List<String> jvm = new ArrayList<>(List.of("-Djdk.attach.allowAttachSelf=true"));
        if (a.has("heap")) {
            jvm.add("-Xmx" + a.required("heap"));
        }
        if (a.has("jvm")) {
            jvm.addAll(List.of(a.required("jvm").trim().split("\\s+")));
        }
        Runs runner = new Runs(!a.flag("no-fork"), jvm);
        List<Map<String, String>> single = new ArrayList<>();
        List<Map<String, String>> parallel = new ArrayList<>();
        List<Map<String, String>> duck = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            out.println("run " + r + " of " + runs + ": replay on 1 thread");
            single.add(
                    runner.replay(
                            data, 1, results.resolve("alerts-engine-1-run" + r + ".csv"), r == 1));
            out.println("run " + r + " of " + runs + ": replay on " + threads + " threads");
            parallel.add(
                    runner.replay(
                            data,
                            threads,
                            results.resolve("alerts-engine-" + threads + "-run" + r + ".csv"),
                            false));
            out.println("run " + r + " of " + runs + ": DuckDB on " + threads + " threads");
            duck.add(
                    runner.duckdb(
                            data, threads, results.resolve("alerts-duckdb-run" + r + ".csv")));
            Optional<String> difference = compare(results, threads, r);
            if (difference.isPresent()) {
                out.println("FAILED: the alerts differ in run " + r + ": " + difference.get());
                return 1;
            }
        }
        new ReplayFigures(single, parallel, duck, threads).add(summary);
        summary.add(
                "load average (1 min) before / after: other work on the machine skews the times",
                loadBefore + " / " + ProcessStats.loadAverage());
        out.println();
        summary.print(out);
        return 0;
    }

    private static Optional<String> compare(Path results, int threads, int r) throws IOException {
        List<AlertRow> one = AlertRow.read(results.resolve("alerts-engine-1-run" + r + ".csv"));
        List<AlertRow> all =
                AlertRow.read(results.resolve("alerts-engine-" + threads + "-run" + r + ".csv"));
        List<AlertRow> sql = AlertRow.read(results.resolve("alerts-duckdb-run" + r + ".csv"));
        if (one.isEmpty()) {
            return Optional.of("the engine raised no alert at all: nothing was compared");
        }
        Optional<String> modes =
                AlertComparison.difference(
                        "engine, 1 thread", one, "engine, " + threads + " threads", all);
        return modes.isPresent() ? modes : AlertComparison.difference("engine", one, "DuckDB", sql);
    }
}
