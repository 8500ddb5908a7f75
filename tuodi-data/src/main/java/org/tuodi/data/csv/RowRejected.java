package org.tuodi.data.csv;

/**
 * Thrown while turning a row into a record: the row is rejected because of one column (or of the
 * whole row, with an empty column). Cheap: it carries no stack trace, since a bad file may have
 * millions of bad rows.
 */
public final class RowRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String column;

    public RowRejected(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    public String column() {
        return column;
    }

    public String reason() {
        return getMessage();
    }
}
