package org.tuodi.core.event;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * 字段: a type-specific field of a department record, with its column name in formats.md, its kind of
 * value and the event types that carry it. Indicators refer to fields by column name.
 */
public enum EventField {
    TOTAL_COST(Kind.AMOUNT, EventType.MEDICAL_SETTLEMENT),
    REIMBURSED(Kind.AMOUNT, EventType.MEDICAL_SETTLEMENT),
    OUT_OF_POCKET(Kind.AMOUNT, EventType.MEDICAL_SETTLEMENT),
    INPATIENT(Kind.BOOLEAN, EventType.MEDICAL_SETTLEMENT),
    DIAGNOSIS(Kind.TEXT, EventType.MEDICAL_SETTLEMENT, EventType.SERIOUS_ILLNESS_DIAGNOSED),
    STAGE(Kind.CHOICE, EventType.STUDENT_ENROLLED),
    ANNUAL_FEE(Kind.AMOUNT, EventType.STUDENT_ENROLLED),
    DISABILITY_GRADE(Kind.NUMBER, EventType.DISABILITY_CERTIFIED),
    DISABILITY_TYPE(Kind.CHOICE, EventType.DISABILITY_CERTIFIED),
    LOSS_AMOUNT(Kind.AMOUNT, EventType.DISASTER_LOSS),
    HOUSING_DAMAGE(Kind.CHOICE, EventType.DISASTER_LOSS),
    HOUSING_GRADE(Kind.CHOICE, EventType.HOUSING_ASSESSED);

    /** The kind of value a field holds, which decides how conditions compare it. */
    public enum Kind {
        /** Yuan with at most 2 decimals, compared as amounts. */
        AMOUNT,
        /** A whole number. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** One of a fixed set of codes. */
        CHOICE,
        /** Free text. */
        TEXT
    }

    private final Kind kind;
    private final Set<EventType> types;

    EventField(Kind kind, EventType first, EventType... rest) {
        this.kind = kind;
        this.types = EnumSet.of(first, rest);
    }

    public Kind kind() {
        return kind;
    }

    public boolean belongsTo(EventType type) {
        return types.contains(type);
    }

    /** The column name of formats.md, e.g. {@code out_of_pocket}. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The JSON name of formats.md, e.g. {@code outOfPocket}. */
    public String jsonName() {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : column().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    /** The field with this column name, if any. */
    public static Optional<EventField> ofColumn(String column) {
        for (EventField field : values()) {
            if (field.column().equals(column)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
