package org.tuodi.data.csv;

/**
 * A whole input file cannot be read as its format: a required column is missing or repeated, there
 * is no header, or the CSV cannot be parsed any further. Unlike a bad row, this stops the run.
 */
public final class FileFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FileFormatException(String message) {
        super(message);
    }

    public FileFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
