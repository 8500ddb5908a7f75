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
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
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
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
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

    public static Yuan amount(Row row, String column) {
        return amount(column, required(row, column));
    }

    public static Optional<Yuan> optionalAmount(Row row, String column) {
        return optional(row, column).map(v -> amount(column, v));
    }

    private static Yuan amount(String column, String value) {
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

    public static LocalDate date(Row row, String column) {
        String value = required(row, column);
        if (DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeException e) {
                throw new RowRejected(column, "no such date: '" + value + "'");
            }
        }
        throw new RowRejected(column, "not an ISO date (yyyy-mm-dd): '" + value + "'");
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
