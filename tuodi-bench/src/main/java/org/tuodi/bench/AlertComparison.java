package org.tuodi.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two sets of alerts household by household: the same rows (every column) for every
 * household. On a difference it names the first household (in household-id order) whose rows
 * differ, with both sides' rows and the first column that differs.
 */
final class AlertComparison {

    private AlertComparison() {}

    /** Empty when both sides have the same alerts; else where and how they first differ. */
    static Optional<String> difference(
            String leftName, List<AlertRow> left, String rightName, List<AlertRow> right) {
        Map<String, List<AlertRow>> l = byHousehold(left);
        Map<String, List<AlertRow>> r = byHousehold(right);
        TreeSet<String> households = new TreeSet<>(l.keySet());
        households.addAll(r.keySet());
        int differing = 0;
        String first = null;
        for (String household : households) {
            List<AlertRow> a = l.getOrDefault(household, List.of());
            List<AlertRow> b = r.getOrDefault(household, List.of());
            if (!a.equals(b)) {
                differing++;
                if (first == null) {
                    first = describe(household, leftName, a, rightName, b);
                }
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(
                differing
                        + " of "
                        + households.size()
                        + " alerted households differ; the first is "
                        + first);
    }

    private static Map<String, List<AlertRow>> byHousehold(List<AlertRow> rows) {
        Map<String, List<AlertRow>> by = new TreeMap<>();
        for (AlertRow row : rows) {
            by.computeIfAbsent(row.householdId(), k -> new ArrayList<>()).add(row);
        }
        by.values()
                .forEach(
                        list ->
                                list.sort(
                                        Comparator.comparing(AlertRow::asOf)
                                                .thenComparing(AlertRow::decision)));
        return by;
    }

    private static String describe(
            String household,
            String leftName,
            List<AlertRow> a,
            String rightName,
            List<AlertRow> b) {
        StringBuilder s = new StringBuilder(household).append(":\n");
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            AlertRow x = i < a.size() ? a.get(i) : null;
            AlertRow y = i < b.size() ? b.get(i) : null;
            s.append("  ").append(leftName).append(": ").append(line(x)).append('\n');
            s.append("  ").append(rightName).append(": ").append(line(y)).append('\n');
            if (x != null && y != null && !x.equals(y)) {
                s.append("  first differing column: ").append(firstColumn(x, y)).append('\n');
            }
        }
        return s.toString();
    }

    private static String line(AlertRow row) {
        return row == null ? "(no row)" : String.join(",", row.cells());
    }

    private static String firstColumn(AlertRow x, AlertRow y) {
        List<String> a = x.cells();
        List<String> b = y.cells();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return org.tuodi.data.alerts.AlertWriter.COLUMNS.get(i);
            }
        }
        return "none";
    }
}
