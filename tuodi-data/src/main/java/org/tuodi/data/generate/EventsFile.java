package org.tuodi.data.generate;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.EventType;
import org.tuodi.core.event.Source;

/**
 * 部门数据文件: writes events.csv (formats.md v1: the common columns, then every type's columns, only the
 * record's own filled) and numbers the records: each department's ids count up in file order from
 * {@code YB-000000001} (医保), {@code WJ-…} (卫健), {@code JY-…} (教育), {@code RS-…} (人社), {@code CL-…}
 * (残联), {@code YJ-…} (应急), {@code ZJ-…} (住建), {@code GA-…} (公安), so an id is unique within its
 * source.
 */
final class EventsFile implements Closeable {

    static final List<String> COLUMNS = columns();

    private static final Map<Source, String> PREFIXES = prefixes();
    private static final EventField[] FIELDS = EventField.values();

    private final CsvWriter csv;
    private final long[] next = new long[Source.values().length];
    private final long[] written = new long[EventType.values().length];
    private final String[] row = new String[COLUMNS.size()];

    EventsFile(Path file) throws IOException {
        this.csv = RosterFiles.open(file, COLUMNS);
    }

    private static List<String> columns() {
        List<String> columns =
                new ArrayList<>(List.of("event_id", "source", "type", "id_number", "occurred_on"));
        for (EventField field : EventField.values()) {
            columns.add(field.column());
        }
        return List.copyOf(columns);
    }

    private static Map<Source, String> prefixes() {
        Map<Source, String> prefixes = new EnumMap<>(Source.class);
        prefixes.put(Source.MEDICAL_INSURANCE, "YB-");
        prefixes.put(Source.HEALTH, "WJ-");
        prefixes.put(Source.EDUCATION, "JY-");
        prefixes.put(Source.HUMAN_RESOURCES, "RS-");
        prefixes.put(Source.DISABLED_FEDERATION, "CL-");
        prefixes.put(Source.EMERGENCY_MANAGEMENT, "YJ-");
        prefixes.put(Source.HOUSING, "ZJ-");
        prefixes.put(Source.PUBLIC_SECURITY, "GA-");
        return prefixes;
    }

    void write(GeneratedRecord record) {
        Source source = record.type().source();
        long id = ++next[source.ordinal()];
        written[record.type().ordinal()]++;
        row[0] = PREFIXES.get(source) + HouseholdFactory.padded(id, 9);
        row[1] = source.name();
        row[2] = record.type().name();
        row[3] = record.person();
        row[4] = record.on().toString();
        for (EventField field : FIELDS) {
            row[5 + field.ordinal()] = record.cell(field);
        }
        csv.writeRecord(row);
    }

    /** Records written so far, by type. */
    Map<EventType, Long> counts() {
        Map<EventType, Long> counts = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            counts.put(type, written[type.ordinal()]);
        }
        return counts;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
