package org.tuodi.server.platform;

import java.util.regex.Pattern;

/**
 * 脱敏: masks phone numbers, and resident identity numbers in free text (an error message from a
 * library, a database constraint detail) before it reaches a client, a log or the audit trail:
 * {@code 411122195008081445} becomes {@code 411122********1445}, as {@code NationalId} masks
 * itself.
 */
public final class Masks {

    /** 18 characters (17 digits and a digit or X) that are not part of a longer number. */
    private static final Pattern IDENTITY_NUMBER =
            Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9A-Za-z])");

    private Masks() {}

    /**
     * A phone number masked: a mobile number keeps its first three and last four digits ({@code
     * 138****5678}), another number its last four; one of fewer than seven characters is all stars.
     * {@code null} stays {@code null}.
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        int length = phone.length();
        if (length < 7) {
            return "*".repeat(length);
        }
        int head = phone.matches("1[0-9]{10}") ? 3 : 0;
        return phone.substring(0, head)
                + "*".repeat(length - head - 4)
                + phone.substring(length - 4);
    }

    /** The text with every identity number in it masked; {@code null} stays {@code null}. */
    public static String identityNumbers(String text) {
        if (text == null) {
            return null;
        }
        return IDENTITY_NUMBER.matcher(text).replaceAll("$1********$2");
    }
}
