package org.tuodi.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.rules.RuleSet;
import org.tuodi.core.rules.RuleSetFormat;

/**
 * Runs one replay or one DuckDB baseline and returns its {@code key=value} report: by default in a
 * fresh JVM (so each run's peak memory is its own and no run warms the next), or in this JVM
 * ({@code --no-fork}, for the smoke test).
 */
final class Runs {

    private final boolean fork;
    private final List<String> jvmOptions;

    Runs(boolean fork, List<String> jvmOptions) {
        this.fork = fork;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    Map<String, String> replay(Path data, int threads, Path alerts, boolean stateSizes)
            throws IOException, InterruptedException {
        if (fork) {
            List<String> args =
                    new ArrayList<>(
                            List.of(
                                    "--data", data.toString(),
                                    "--threads", Integer.toString(threads),
                                    "--out", alerts.toString()));
            if (stateSizes) {
                args.add("--state-sizes");
            }
            return forked(Replay.class.getName(), args);
        }
        ReplayResult result =
                Replay.run(
                        data,
                        threads,
                        Replay.partitionsFor(threads),
                        RiskEngine.of(RuleSetFormat.loadReference()));
        AlertRow.write(alerts, result.alerts());
        return parse(result.report() + (stateSizes ? result.stateSizes().report("state") : ""));
    }

    Map<String, String> duckdb(Path data, int threads, Path alerts)
            throws IOException, InterruptedException {
        if (fork) {
            return forked(
                    DuckDbBaseline.class.getName(),
                    List.of(
                            "--data", data.toString(),
                            "--threads", Integer.toString(threads),
                            "--out", alerts.toString()));
        }
        RuleSet rules = RuleSetFormat.loadReference();
        try {
            DuckDbBaseline.Result result =
                    DuckDbBaseline.run(data, threads, rules, RuleSetFormat.contentHash(rules));
            AlertRow.write(alerts, result.alerts());
            return parse(result.report());
        } catch (java.sql.SQLException e) {
            throw new IOException("DuckDB failed: " + e.getMessage(), e);
        }
    }

    private Map<String, String> forked(String main, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main);
        command.addAll(args);
        Process process =
                new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r =
                new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.append(line).append('\n');
            }
        }
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IOException(main + " exited with " + exit + ":\n" + out);
        }
        return parse(out.toString());
    }

    static Map<String, String> parse(String report) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : report.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return values;
    }
}
