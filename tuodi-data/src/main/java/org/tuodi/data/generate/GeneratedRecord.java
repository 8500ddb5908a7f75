package org.tuodi.data.generate;

import java.time.LocalDate;
import java.util.Objects;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.EventType;

/**
 * 部门记录: one generated row of events.csv before it gets its event id: type, person, date and the
 * type's own columns. A column of another type cannot be set, so only the type's columns are ever
 * filled (formats.md).
 */
final class GeneratedRecord {

    private static final int FIELDS = EventField.values().length;

    private final EventType type;
    private final String person;
    private final LocalDate on;
    private final String[] cells = new String[FIELDS];

    GeneratedRecord(EventType type, String person, LocalDate on) {
        this.type = Objects.requireNonNull(type, "type");
        this.person = Objects.requireNonNull(person, "person");
        this.on = Objects.requireNonNull(on, "on");
    }

    /**
     * Sets one of the type's columns.
     *
     * @throws IllegalArgumentException for a column of another type
     */
    GeneratedRecord with(EventField field, String value) {
        if (!field.belongsTo(type)) {
            throw new IllegalArgumentException(field.column() + " is not a column of " + type);
        }
        cells[field.ordinal()] = value;
        return this;
    }

    /** Sets an amount column from fen, written with two decimals. */
    GeneratedRecord withAmount(EventField field, long fen) {
        return with(field, yuan(fen));
    }

    EventType type() {
        return type;
    }

    String person() {
        return person;
    }

    LocalDate on() {
        return on;
    }

    /** The value of a column, or the empty string. */
    String cell(EventField field) {
        String value = cells[field.ordinal()];
        return value == null ? "" : value;
    }

    /** Fen as yuan with two decimals: 123456 → {@code 1234.56}. */
    static String yuan(long fen) {
        long cents = fen % 100;
        return (fen / 100) + (cents < 10 ? ".0" : ".") + cents;
    }
}
