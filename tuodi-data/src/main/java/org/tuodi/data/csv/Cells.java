package org.tuodi.data.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.shared.Yuan;

/**
 * Reads one cell as the value formats.md gives it: codes written exactly (upper-case), amounts in
 * yuan with at most 2 decimals and never negative, ISO dates, {@code true}/{@code false}, resident
 * identity numbers with their check digit. A cell that does not fit is a {@link RowRejected} naming
 * the column; an identity number in a reason is always masked.
 */
public final class Cells {

    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");

    private Cells() {}

    public static String required(Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new RowRejected(column, "required value is missing");
        }
        return value;
    }

    public static Optional<String> optional(Row row, String column) {
        return Optional.ofNullable(row.get(column));
    }

    public static <E extends Enum<E>> E code(Row row, String column, Class<E> type) {
        return code(column, required(row, column), type);
    }

    public static <E extends Enum<E>> Optional<E> optionalCode(
            Row row, String column, Class<E> type) {
        return optional(row, column).map(v -> code(column, v, type));
    }

    /** One code of the enum, written exactly as its name. */
    public static <E extends Enum<E>> E code(String column, String value, Class<E> type) {
        try {
            // Enum.valueOf looks the name up in a map the enum class keeps: no copy of the values
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new RowRejected(
                    column,
                    "unknown code '"
                            + value
                            + "' (known: "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", "))
                            + ")");
        }
    }

    public static Yuan amount(Row row, String column) {
        return amount(column, required(row, column));
    }

    public static Optional<Yuan> optionalAmount(Row row, String column) {
        return optional(row, column).map(v -> amount(column, v));
    }

    private static Yuan amount(String column, String value) {
        long fen = fen(value);
        if (fen >= 0) {
            return Yuan.ofFen(fen);
        }
        if (!AMOUNT.matcher(value).matches()) {
            throw new RowRejected(column, "not an amount in yuan: '" + value + "'");
        }
        int point = value.indexOf('.');
        if (point >= 0 && value.length() - point - 1 > 2) {
            throw new RowRejected(column, "more than 2 decimals: '" + value + "'");
        }
        if (value.startsWith("-")) {
            throw new RowRejected(column, "negative amount: '" + value + "'");
        }
        try {
            return Yuan.parse(value);
        } catch (IllegalArgumentException e) {
            throw new RowRejected(column, e.getMessage());
        }
    }

    /**
     * The amount in fen when the text is plainly well formed (digits, then at most one point and
     * one or two decimals, at most 15 digits before the point), else -1: the caller then finds and
     * names the fault the slow way.
     */
    static long fen(String value) {
        int n = value.length();
        int i = 0;
        long yuan = 0;
        while (i < n && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
            yuan = yuan * 10 + (value.charAt(i) - '0');
            i++;
        }
        if (i == 0 || i > 15) {
            return -1;
        }
        if (i == n) {
            return yuan * 100;
        }
        if (value.charAt(i) != '.' || n - i - 1 < 1 || n - i - 1 > 2) {
            return -1;
        }
        long cents = 0;
        for (int j = i + 1; j < n; j++) {
            char c = value.charAt(j);
            if (c < '0' || c > '9') {
                return -1;
            }
            cents = cents * 10 + (c - '0');
        }
        return yuan * 100 + (n - i - 1 == 1 ? cents * 10 : cents);
    }

    public static LocalDate date(Row row, String column) {
        String value = required(row, column);
        if (isIsoDateShape(value)) {
            try {
                return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
            } catch (DateTimeException e) {
                throw new RowRejected(column, "no such date: '" + value + "'");
            }
        }
        throw new RowRejected(column, "not an ISO date (yyyy-mm-dd): '" + value + "'");
    }

    /** {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}, checked by hand (a record has one or two dates). */
    private static boolean isIsoDateShape(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = value.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }

    public static Optional<Boolean> optionalBoolean(Row row, String column) {
        return optional(row, column)
                .map(
                        v -> {
                            if (!v.equals("true") && !v.equals("false")) {
                                throw new RowRejected(column, "not true or false: '" + v + "'");
                            }
                            return Boolean.valueOf(v);
                        });
    }

    /** A whole number from {@code min} to {@code max}. */
    public static Optional<Integer> optionalWhole(Row row, String column, int min, int max) {
        return optional(row, column)
                .map(
                        v -> {
                            int n = WHOLE.matcher(v).matches() ? Integer.parseInt(v) : -1;
                            if (n < min || n > max) {
                                throw new RowRejected(
                                        column,
                                        "not a whole number from "
                                                + min
                                                + " to "
                                                + max
                                                + ": '"
                                                + v
                                                + "'");
                            }
                            return n;
                        });
    }

    /**
     * A resident identity number; the reason for a bad one names the fault and masks the number.
     */
    public static NationalId nationalId(Row row, String column) {
        try {
            return NationalId.parse(required(row, column));
        } catch (IllegalArgumentException e) {
            throw new RowRejected(column, e.getMessage());
        }
    }
}
