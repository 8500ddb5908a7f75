package org.tuodi.data.events;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.tuodi.core.event.DepartmentEvent;

/**
 * Writes unmatched.csv: the records about a person who is in no monitored household, kept apart and
 * never dropped (formats.md). Columns {@code
 * row,source,event_id,type,id_number_masked,occurred_on}; the identity number is masked, so the
 * file can be passed on to find the missing households.
 */
public final class UnmatchedWriter implements Closeable {

    public static final String[] HEADER = {
        "row", "source", "event_id", "type", "id_number_masked", "occurred_on"
    };

    private final CsvWriter csv;
    private long written;

    private UnmatchedWriter(CsvWriter csv) {
        this.csv = csv;
    }

    public static UnmatchedWriter open(Path path) throws IOException {
        CsvWriter csv = CsvWriter.builder().build(path, StandardCharsets.UTF_8);
        csv.writeRecord(HEADER);
        return new UnmatchedWriter(csv);
    }

    /** Writes one record, with the line of events.csv its row starts on. */
    public void write(long row, DepartmentEvent event) {
        csv.writeRecord(
                Long.toString(row),
                event.key().source().name(),
                event.key().eventId(),
                event.type().name(),
                event.person().masked(),
                event.occurredOn().toString());
        written++;
    }

    public long written() {
        return written;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
