package org.tuodi.data.cli;

/** The command line is wrong: an unknown or missing option, a bad value, an unreadable file. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
