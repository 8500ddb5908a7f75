package org.tuodi.core.rules;

import java.time.LocalDate;

/**
 * 统计窗口: a rolling window of event time ending on (and including) the evaluation date, e.g. 12
 * months ({@code 12M}) or 90 days ({@code 90D}). An event on date {@code d} is inside the window
 * ending on {@code t} when {@code start(t) < d <= t}: a 12-month window ending 2024-08-15 holds
 * 2023-08-16 to 2024-08-15.
 */
public record Window(int length, Unit unit) {

    /** The unit of a window's length. */
    public enum Unit {
        DAYS("D"),
        MONTHS("M");

        private final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }
    }

    public Window {
        if (length < 1 || length > 120 * (unit == Unit.MONTHS ? 1 : 31)) {
            throw new IllegalArgumentException("window length out of range: " + length);
        }
        java.util.Objects.requireNonNull(unit, "unit");
    }

    public static Window days(int days) {
        return new Window(days, Unit.DAYS);
    }

    public static Window months(int months) {
        return new Window(months, Unit.MONTHS);
    }

    /** Parses {@code 12M} or {@code 90D}. */
    public static Window parse(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (t.length() < 2) {
            throw new IllegalArgumentException("a window is like 12M or 90D: '" + text + "'");
        }
        char suffix = t.charAt(t.length() - 1);
        int length;
        try {
            length = Integer.parseInt(t.substring(0, t.length() - 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a window is like 12M or 90D: '" + text + "'");
        }
        if (suffix == 'M') {
            return months(length);
        }
        if (suffix == 'D') {
            return days(length);
        }
        throw new IllegalArgumentException("a window is like 12M or 90D: '" + text + "'");
    }

    /** The exclusive start of the window ending on {@code end}. */
    public LocalDate startExclusive(LocalDate end) {
        return unit == Unit.MONTHS ? end.minusMonths(length) : end.minusDays(length);
    }

    /** An upper bound of the window's length in days, for pruning state. */
    public int maxDays() {
        return unit == Unit.MONTHS ? length * 31 : length;
    }

    @Override
    public String toString() {
        return length + unit.suffix;
    }
}
