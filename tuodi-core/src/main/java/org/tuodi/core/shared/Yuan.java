package org.tuodi.core.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 金额: an amount of money in yuan, held exactly as a whole number of fen (分, 0.01 yuan).
 *
 * <p>The exchange formats carry at most two decimals (formats.md). Holding fen in a {@code long}
 * keeps amounts exact like {@code BigDecimal} with scale 2, but lets the engine add them on its hot
 * path without allocation (see docs/architecture.md, "money").
 */
public record Yuan(long fen) implements Comparable<Yuan> {

    public static final Yuan ZERO = new Yuan(0);

    public static Yuan ofFen(long fen) {
        return new Yuan(fen);
    }

    public static Yuan of(long wholeYuan) {
        return new Yuan(Math.multiplyExact(wholeYuan, 100));
    }

    /**
     * Parses a decimal amount such as {@code 4999.99} or {@code 5000}.
     *
     * @throws IllegalArgumentException if the text is not a number or has more than 2 decimals
     */
    public static Yuan parse(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount in yuan: '" + text + "'");
        }
        return of(value);
    }

    public static Yuan of(BigDecimal value) {
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(
                    "an amount has at most 2 decimals: '" + value.toPlainString() + "'");
        }
        try {
            return new Yuan(value.movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount out of range: " + value.toPlainString());
        }
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(fen, 2);
    }

    public Yuan plus(Yuan other) {
        return new Yuan(Math.addExact(fen, other.fen));
    }

    public Yuan minus(Yuan other) {
        return new Yuan(Math.subtractExact(fen, other.fen));
    }

    /** This amount times a factor, rounded half-up to the fen. */
    public Yuan times(BigDecimal factor) {
        return of(toBigDecimal().multiply(factor).setScale(2, RoundingMode.HALF_UP));
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isAtLeast(Yuan other) {
        return fen >= other.fen;
    }

    public boolean isBelow(Yuan other) {
        return fen < other.fen;
    }

    @Override
    public int compareTo(Yuan other) {
        return Long.compare(fen, other.fen);
    }

    /** The amount as a plain decimal with two places, e.g. {@code 5000.00}. */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
