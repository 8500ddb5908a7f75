package org.tuodi.data.csv;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads an input file row by row into records of type {@code T}: each row is either taken and
 * handed on with its line, or rejected with the first problem found and reported; the reading never
 * stops at a bad row, and every row is counted one way or the other ({@link FileCounts}).
 */
public abstract class RowReader<T> {

    /** Receives each taken record with the line its row starts on. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(long line, T record);
    }

    private final CsvFile file;
    private final Consumer<Reject> rejects;
    private long read;
    private long accepted;
    private long rejected;

    protected RowReader(CsvFile file, Consumer<Reject> rejects) {
        this.file = Objects.requireNonNull(file, "file");
        this.rejects = Objects.requireNonNull(rejects, "rejects");
    }

    /**
     * Turns one row into a record.
     *
     * @throws RowRejected naming the column at fault
     */
    protected abstract T parse(Row row);

    /** Streams the whole file through {@link #parse}, handing each record taken to the sink. */
    public final void read(Sink<T> sink) {
        for (Row row : file) {
            read++;
            T record;
            try {
                checkWidth(row);
                checkEncoding(row);
                record = parse(row);
            } catch (RowRejected e) {
                rejected++;
                rejects.accept(new Reject(file.name(), row.line(), e.column(), e.reason()));
                continue;
            }
            accepted++;
            sink.accept(row.line(), record);
        }
    }

    private void checkWidth(Row row) {
        if (row.fieldCount() != file.width()) {
            throw new RowRejected(
                    "",
                    "the row has "
                            + row.fieldCount()
                            + " fields, the header has "
                            + file.width()
                            + " (RFC 4180: every row has as many)");
        }
    }

    private static void checkEncoding(Row row) {
        String column = row.undecodableColumn();
        if (column != null) {
            throw new RowRejected(
                    column, "not UTF-8 text (a GBK file? formats.md files are UTF-8)");
        }
    }

    public final FileCounts counts() {
        return new FileCounts(file.name(), read, accepted, rejected);
    }
}
