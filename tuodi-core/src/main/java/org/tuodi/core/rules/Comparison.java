package org.tuodi.core.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.tuodi.core.shared.Yuan;

/**
 * A condition's operator and values read for the kind of field it tests, once, when the rule set is
 * compiled: amounts as yuan, numbers as whole numbers, booleans, or codes from a closed list. A
 * value the field cannot hold is an {@link IllegalArgumentException} naming the field.
 */
final class Comparison {

    private Comparison() {}

    /** A test on an amount held as fen. */
    static Predicate<Object> amount(Condition c) {
        long[] fen = c.values().stream().mapToLong(v -> parseAmount(c, v).fen()).toArray();
        return value -> value instanceof Yuan y && compareNumbers(c.operator(), y.fen(), fen);
    }

    /** A test on a whole number. */
    static Predicate<Object> number(Condition c) {
        long[] numbers = c.values().stream().mapToLong(v -> parseLong(c, v)).toArray();
        return value -> value instanceof Integer i && compareNumbers(c.operator(), i, numbers);
    }

    /** A test on a boolean: only EQ. */
    static Predicate<Object> bool(Condition c) {
        requireEquality(c, false);
        String v = c.values().get(0).toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(c.field() + " is true or false, not '" + v + "'");
        }
        boolean expected = Boolean.parseBoolean(v);
        return value -> value instanceof Boolean b && b == expected;
    }

    /** A test on a code from a closed list: EQ or IN. */
    static Predicate<Object> choice(Condition c, Set<String> allowed) {
        requireEquality(c, true);
        for (String v : c.values()) {
            if (!allowed.contains(v)) {
                throw new IllegalArgumentException(
                        c.field() + " is one of " + allowed + ", not '" + v + "'");
            }
        }
        Set<String> wanted = Set.copyOf(c.values());
        return value -> value instanceof String s && wanted.contains(s);
    }

    /** A test on free text: EQ or IN, exact. */
    static Predicate<Object> text(Condition c) {
        requireEquality(c, true);
        Set<String> wanted = Set.copyOf(c.values());
        return value -> value instanceof String s && wanted.contains(s);
    }

    private static void requireEquality(Condition c, boolean inAllowed) {
        if (c.operator() != Operator.EQ && !(inAllowed && c.operator() == Operator.IN)) {
            throw new IllegalArgumentException(
                    c.field() + " can only be compared with EQ" + (inAllowed ? " or IN" : ""));
        }
    }

    private static boolean compareNumbers(Operator op, long actual, long[] values) {
        switch (op) {
            case EQ:
                return actual == values[0];
            case IN:
                for (long v : values) {
                    if (actual == v) {
                        return true;
                    }
                }
                return false;
            case GTE:
                return actual >= values[0];
            case GT:
                return actual > values[0];
            case LTE:
                return actual <= values[0];
            case LT:
                return actual < values[0];
            default:
                throw new IllegalStateException("unknown operator " + op);
        }
    }

    static Yuan parseAmount(Condition c, String v) {
        try {
            return Yuan.of(new BigDecimal(v.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(c.field() + " takes an amount, not '" + v + "'");
        }
    }

    private static long parseLong(Condition c, String v) {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    c.field() + " takes a whole number, not '" + v + "'");
        }
    }

    static Set<String> names(Enum<?>[] values) {
        // in declaration order, so that error messages list the values the same way every run
        return Collections.unmodifiableSet(
                new LinkedHashSet<>(List.of(values).stream().map(Enum::name).toList()));
    }
}
