package org.tuodi.data.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Writes rejects.csv: one line per rejected input row, columns {@code file,row,column,reason}, as
 * the rows are read (so it streams like the input). UTF-8, RFC 4180.
 */
public final class RejectWriter implements Consumer<Reject>, Closeable {

    public static final String[] HEADER = {"file", "row", "column", "reason"};

    private final CsvWriter csv;
    private long written;

    private RejectWriter(CsvWriter csv) {
        this.csv = csv;
    }

    public static RejectWriter open(Path path) throws IOException {
        CsvWriter csv = CsvWriter.builder().build(path, StandardCharsets.UTF_8);
        csv.writeRecord(HEADER);
        return new RejectWriter(csv);
    }

    @Override
    public void accept(Reject reject) {
        csv.writeRecord(
                reject.file(), Long.toString(reject.row()), reject.column(), reject.reason());
        written++;
    }

    /** The number of rejects written. */
    public long written() {
        return written;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
