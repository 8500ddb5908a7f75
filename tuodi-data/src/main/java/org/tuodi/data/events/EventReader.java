package org.tuodi.data.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.EventType;
import org.tuodi.core.event.Source;
import org.tuodi.core.household.NationalId;
import org.tuodi.data.csv.Cells;
import org.tuodi.data.csv.CsvFile;
import org.tuodi.data.csv.Reject;
import org.tuodi.data.csv.Row;
import org.tuodi.data.csv.RowReader;
import org.tuodi.data.csv.RowRejected;

/**
 * Reads events.csv (formats.md v1), one row at a time, into department records. The common columns
 * are required in the header and in every row; a type's own columns are needed in the header only
 * by files that carry that type. The source must be the department of the type, and a column that
 * belongs to other types must be empty.
 */
public final class EventReader extends RowReader<DepartmentEvent> {

    public static final List<String> REQUIRED =
            List.of("event_id", "source", "type", "id_number", "occurred_on");
    public static final List<String> COLUMNS = columns();

    /** The type-specific fields the header has, with their column names (looked up once). */
    private final EventField[] fieldsInHeader;

    private final String[] columnsInHeader;

    public EventReader(CsvFile file, Consumer<Reject> rejects) {
        super(file, rejects);
        List<EventField> fields = new ArrayList<>();
        for (EventField field : EventField.values()) {
            if (file.hasColumn(field.column())) {
                fields.add(field);
            }
        }
        this.fieldsInHeader = fields.toArray(new EventField[0]);
        this.columnsInHeader = new String[fieldsInHeader.length];
        for (int i = 0; i < fieldsInHeader.length; i++) {
            columnsInHeader[i] = fieldsInHeader[i].column();
        }
    }

    private static List<String> columns() {
        List<String> all = new ArrayList<>(REQUIRED);
        for (EventField field : EventField.values()) {
            all.add(field.column());
        }
        return List.copyOf(all);
    }

    @Override
    protected DepartmentEvent parse(Row row) {
        String eventId = Cells.required(row, "event_id");
        Source source = Cells.code(row, "source", Source.class);
        EventType type = Cells.code(row, "type", EventType.class);
        if (type.source() != source) {
            throw new RowRejected(
                    "source", type + " records come from " + type.source() + ", not " + source);
        }
        NationalId person = Cells.nationalId(row, "id_number");
        LocalDate occurredOn = Cells.date(row, "occurred_on");
        for (int i = 0; i < fieldsInHeader.length; i++) {
            EventField field = fieldsInHeader[i];
            if (!field.belongsTo(type) && row.has(columnsInHeader[i])) {
                throw new RowRejected(
                        columnsInHeader[i],
                        "belongs to "
                                + typesOf(field)
                                + " records, not to "
                                + type
                                + "; leave it empty");
            }
        }
        return TypedColumns.read(new EventKey(source, eventId), type, person, occurredOn, row);
    }

    private static String typesOf(EventField field) {
        List<String> types = new ArrayList<>();
        for (EventType type : EventType.values()) {
            if (field.belongsTo(type)) {
                types.add(type.name());
            }
        }
        return types.stream().collect(Collectors.joining(" and "));
    }
}
