package org.tuodi.data.csv;

import java.util.Objects;

/**
 * 退回记录: a row of an input file that was not taken, with where it is and why. Goes to rejects.csv.
 *
 * @param file the file's name, e.g. {@code members.csv}
 * @param row the line of the file on which the row starts (the header is line 1)
 * @param column the column at fault, or empty when the row as a whole is (e.g. its field count)
 * @param reason what is wrong, in English; personal data in it is masked
 */
public record Reject(String file, long row, String column, String reason) {

    public Reject {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }
}
