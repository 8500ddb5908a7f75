package org.tuodi.core.household;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * 公民身份号码: an 18-character resident identity number (GB 11643-1999): a 6-digit address code, an
 * 8-digit birth date, a 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2
 * check character ({@code 0-9} or {@code X}).
 *
 * <p>It is personal information: {@link #toString()} masks it ({@code 411122********123X} keeps the
 * address code and the last four), so that it never reaches a log or an exception whole. Use {@link
 * #value()} only where the whole number is needed and allowed.
 */
public final class NationalId implements Comparable<NationalId> {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);

    private final String value;
    private final LocalDate birthDate;

    private NationalId(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses and verifies a resident identity number. A lower-case {@code x} is accepted and
     * normalised.
     *
     * @throws IllegalArgumentException with the reason (length, characters, birth date, check
     *     digit); the message masks the number
     */
    public static NationalId parse(String text) {
        Objects.requireNonNull(text, "id number");
        String candidate = normalised(text);
        if (candidate.length() != 18) {
            throw new IllegalArgumentException(
                    "identity number must have 18 characters, has "
                            + candidate.length()
                            + ": "
                            + mask(candidate));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(
                        "identity number must have digits in its first 17 places: "
                                + mask(candidate));
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        char last = candidate.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            throw new IllegalArgumentException(
                    "identity number must end in a digit or X: " + mask(candidate));
        }
        if (candidate.startsWith("00")) {
            throw new IllegalArgumentException(
                    "identity number has no valid address code: " + mask(candidate));
        }
        LocalDate birth = birthDateOf(candidate);
        if (birth.isBefore(EARLIEST_BIRTH)) {
            throw new IllegalArgumentException(
                    "identity number has an implausible birth date before 1880: "
                            + mask(candidate));
        }
        if (CHECK[sum % 11] != last) {
            throw new IllegalArgumentException(
                    "identity number check digit is wrong (ISO 7064 MOD 11-2): " + mask(candidate));
        }
        return new NationalId(candidate, birth);
    }

    /**
     * The text without surrounding spaces and with a lower-case check character made upper-case;
     * the same instance when it needs neither (the common case: no copy per record).
     */
    private static String normalised(String text) {
        String trimmed = text.trim();
        return trimmed.indexOf('x') >= 0 ? trimmed.toUpperCase(java.util.Locale.ROOT) : trimmed;
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17 || !first17.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("need the first 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static LocalDate birthDateOf(String candidate) {
        try {
            return LocalDate.of(
                    digits(candidate, 6, 10), digits(candidate, 10, 12), digits(candidate, 12, 14));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "identity number has an invalid birth date: " + mask(candidate));
        }
    }

    /** The number written by the digits from {@code from} to {@code to} (checked to be digits). */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }

    /** The whole number. Personal information: do not log or display it unmasked. */
    public String value() {
        return value;
    }

    /** The 6-digit address code of the place of first registration. */
    public String addressCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Age in whole years on the given date. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate(), date).getYears();
    }

    /** The masked form: address code, eight stars, last four characters. */
    public String masked() {
        return mask(value);
    }

    /**
     * Keeps the address code and the last four only when at least four stars remain between them,
     * so that a short or malformed input is never echoed whole (a 10-character one used to be).
     */
    private static String mask(String text) {
        if (text.length() < 14) {
            return "*".repeat(text.length());
        }
        return text.substring(0, 6)
                + "*".repeat(text.length() - 10)
                + text.substring(text.length() - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NationalId other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(NationalId other) {
        return value.compareTo(other.value);
    }

    /** Masked, never the whole number. */
    @Override
    public String toString() {
        return masked();
    }
}
