package org.tuodi.data.scan;

/**
 * A screening could not be done: the rule set cannot be loaded, an input file as a whole is not its
 * format (a required column missing), or a file cannot be read or written. Bad rows never cause it.
 */
public final class ScanException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScanException(String message, Throwable cause) {
        super(message, cause);
    }
}
