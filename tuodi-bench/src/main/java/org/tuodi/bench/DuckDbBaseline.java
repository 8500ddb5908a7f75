package org.tuodi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tuodi.core.rules.RuleSet;
import org.tuodi.core.rules.RuleSetFormat;

/**
 * DuckDB 基准: the reference screening written in SQL, run in-process by DuckDB (JDBC, in memory, one
 * thread per core) over the same three files: load ({@code read_csv}), keep the rows the readers
 * accept ({@link InputSql}), screen ({@link ScreeningSql}). Gives the alert rows of alerts.csv and
 * the time of each phase.
 *
 * <p>Usage: {@code DuckDbBaseline --data DIR [--threads N] [--out alerts.csv]}; {@code --threads 0}
 * means all cores. Prints {@code key=value} lines.
 */
public final class DuckDbBaseline {

    /** The alerts and how long each phase took. */
    record Result(
            int threads,
            List<AlertRow> alerts,
            long loadNanos,
            long validateNanos,
            long screenNanos,
            long residentPeakBytes,
            long cpuNanos) {

        long wallNanos() {
            return loadNanos + validateNanos + screenNanos;
        }

        String report() {
            return "duckdb.threads="
                    + threads
                    + "\nalerts="
                    + alerts.size()
                    + "\ntime.load_ms="
                    + loadNanos / 1_000_000
                    + "\ntime.validate_ms="
                    + validateNanos / 1_000_000
                    + "\ntime.screen_ms="
                    + screenNanos / 1_000_000
                    + "\ntime.wall_ms="
                    + wallNanos() / 1_000_000
                    + "\ntime.cpu_ms="
                    + cpuNanos / 1_000_000
                    + "\nmemory.resident_peak_mb="
                    + (residentPeakBytes >> 20)
                    + "\n";
        }
    }

    private DuckDbBaseline() {}

    public static void main(String[] args) throws Exception {
        Arguments a = Arguments.parse(args);
        RuleSet rules = RuleSetFormat.loadReference();
        Result result =
                run(
                        Path.of(a.required("data")),
                        Replay.threads(a.integer("threads", 0)),
                        rules,
                        RuleSetFormat.contentHash(rules));
        System.out.print(result.report());
        if (a.has("out")) {
            AlertRow.write(Path.of(a.required("out")), result.alerts());
        }
    }

    static Result run(Path dir, int threads, RuleSet rules, String hash)
            throws SQLException, IOException {
        ScreeningSql screening = new ScreeningSql(rules);
        Path scratch = Files.createTempDirectory("tuodi-duckdb");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = db.createStatement()) {
            sql.execute("SET threads = " + threads);
            sql.execute("SET preserve_insertion_order = true");
            sql.execute("SET temp_directory = " + ConditionSql.text(scratch.toString()));
            long cpu = ProcessStats.cpuNanos();
            long start = System.nanoTime();
            Divisions.load(sql, scratch);
            sql.execute(InputSql.load("households_raw", dir.resolve("households.csv")));
            sql.execute(InputSql.load("members_raw", dir.resolve("members.csv")));
            sql.execute(InputSql.load("events_raw", dir.resolve("events.csv")));
            long loaded = System.nanoTime();
            for (String statement : InputSql.statements(columns(sql, "events_raw"))) {
                executeAll(sql, statement);
            }
            long validated = System.nanoTime();
            sql.execute(screening.contributions());
            List<AlertRow> alerts = new ArrayList<>();
            try (ResultSet r = sql.executeQuery(screening.alerts(hash))) {
                while (r.next()) {
                    alerts.add(
                            new AlertRow(
                                    r.getString(1),
                                    r.getString(2),
                                    r.getString(3),
                                    Integer.toString(r.getInt(4)),
                                    r.getString(5),
                                    r.getString(6),
                                    r.getString(7),
                                    r.getString(8),
                                    r.getString(9),
                                    r.getString(10)));
                }
            }
            long screened = System.nanoTime();
            alerts.sort(AlertRow.FILE_ORDER);
            return new Result(
                    threads,
                    alerts,
                    loaded - start,
                    validated - loaded,
                    screened - validated,
                    ProcessStats.residentPeakBytes(),
                    ProcessStats.cpuNanos() - cpu);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static Set<String> columns(Statement sql, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (ResultSet r = sql.executeQuery("SELECT column_name FROM (DESCRIBE " + table + ")")) {
            while (r.next()) {
                columns.add(r.getString(1));
            }
        }
        return columns;
    }

    /** Runs each statement of a script (statements end with a semicolon at a line's end). */
    private static void executeAll(Statement sql, String script) throws SQLException {
        for (String statement : script.split(";\\s*\\n")) {
            if (!statement.isBlank()) {
                sql.execute(statement);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
