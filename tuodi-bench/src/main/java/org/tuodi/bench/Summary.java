package org.tuodi.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one command's result table (Markdown, so it can go into docs/benchmarks.md as printed):
 * figure, value, goal and whether it is met, with medians over the runs.
 */
final class Summary {

    private record Row(String figure, String value, String goal, String met) {}

    private final List<Row> rows = new ArrayList<>();

    void add(String figure, String value) {
        rows.add(new Row(figure, value, "", ""));
    }

    void goal(String figure, String value, String goal, String met) {
        rows.add(new Row(figure, value, goal, met));
    }

    void print(PrintStream out) {
        out.println("| figure | value | goal | met |");
        out.println("|---|---|---|---|");
        for (Row r : rows) {
            out.println("| " + r.figure + " | " + r.value + " | " + r.goal + " | " + r.met + " |");
        }
    }

    /** The median of one report key over the runs. */
    static double median(List<Map<String, String>> runs, String key) {
        return median(runs.stream().mapToDouble(r -> Double.parseDouble(r.get(key))).toArray());
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** "yes", or "no: " and how far off, as a factor of the goal. */
    static String atLeast(double value, double goal) {
        return value >= goal
                ? "yes"
                : String.format(
                        Locale.ROOT,
                        "no: %.1f× short (%.0f%% of the goal)",
                        goal / value,
                        100 * value / goal);
    }

    static String atMost(double value, double goal) {
        return value < goal
                ? "yes"
                : String.format(Locale.ROOT, "no: %.2f× the goal", value / goal);
    }
}
