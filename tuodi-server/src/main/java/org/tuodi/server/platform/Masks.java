package org.tuodi.server.platform;

import java.util.regex.Pattern;

/**
 * 脱敏: masks resident identity numbers in free text (an error message from a library, a database
 * constraint detail) before it reaches a client, a log or the audit trail: {@code
 * 411122195008081445} becomes {@code 411122********1445}, as {@code NationalId} masks itself.
 */
public final class Masks {

    /** 18 characters (17 digits and a digit or X) that are not part of a longer number. */
    private static final Pattern IDENTITY_NUMBER =
            Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9A-Za-z])");

    private Masks() {}

    /** The text with every identity number in it masked; {@code null} stays {@code null}. */
    public static String identityNumbers(String text) {
        if (text == null) {
            return null;
        }
        return IDENTITY_NUMBER.matcher(text).replaceAll("$1********$2");
    }
}
