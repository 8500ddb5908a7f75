package org.tuodi.data.csv;

/**
 * How many data rows of a file were read, taken and rejected. Nothing is dropped silently, so
 * {@code read == accepted + rejected} always holds.
 */
public record FileCounts(String file, long read, long accepted, long rejected) {

    public FileCounts {
        if (read != accepted + rejected) {
            throw new IllegalStateException(
                    file
                            + ": read "
                            + read
                            + " != accepted "
                            + accepted
                            + " + rejected "
                            + rejected);
        }
    }
}
