package org.tuodi.server.ingest.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tuodi.core.event.DeathRegistered;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.DisabilityCertified;
import org.tuodi.core.event.DisasterLoss;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.EventType;
import org.tuodi.core.event.HousingAssessed;
import org.tuodi.core.event.HousingDamage;
import org.tuodi.core.event.HousingGrade;
import org.tuodi.core.event.MedicalSettlement;
import org.tuodi.core.event.SchoolStage;
import org.tuodi.core.event.SeriousIllnessDiagnosed;
import org.tuodi.core.event.Source;
import org.tuodi.core.event.StudentEnrolled;
import org.tuodi.core.event.UnemploymentRegistered;
import org.tuodi.core.household.Disability;
import org.tuodi.core.household.DisabilityType;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.shared.Yuan;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON form of events.csv (formats.md: the same names in camelCase, one object per
 * record) with the checks and reasons of the file reader (docs/formats-notes.md §4): common fields
 * required, the source must be the type's department, a type's required fields present, fields of
 * other types absent. Amounts may be JSON strings or numbers; booleans JSON booleans or the strings
 * {@code true}/{@code false}; {@code null} or an empty string is absent. Unknown names are ignored,
 * as unknown columns are. The first problem of each record is reported.
 *
 * <p>Longer than the style guide's 150 lines: it mirrors tuodi-data's {@code EventReader} and
 * {@code TypedColumns} (one case per event type, one reader per kind of value) so that the two
 * paths give the same reasons; splitting it would scatter that correspondence.
 */
public final class EventJsonReader {

    static final int MAX_EVENT_ID = 128;
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private EventJsonReader() {}

    /** A record's problem: its index in the batch, the JSON field at fault, the reason. */
    record Problem(Integer index, String field, String reason) {}

    /** The records read, or the problems found (all records are checked). */
    record Result(List<DepartmentEvent> events, List<Problem> problems) {}

    static Result read(JsonNode records) {
        List<DepartmentEvent> events = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                events.add(event(records.get(i)));
            } catch (Invalid e) {
                problems.add(new Problem(i, e.field, e.getMessage()));
            }
        }
        return new Result(events, problems);
    }

    /**
     * One record; also reads back the payload the ingest module stored ({@code
     * internal.JdbcStoredRecords}).
     */
    public static DepartmentEvent event(JsonNode o) {
        if (!o.isObject()) {
            throw new Invalid("", "a record is a JSON object");
        }
        String eventId = required(o, "eventId");
        if (eventId.length() > MAX_EVENT_ID) {
            throw new Invalid("eventId", "longer than " + MAX_EVENT_ID + " characters");
        }
        Source source = code("source", required(o, "source"), Source.class);
        EventType type = code("type", required(o, "type"), EventType.class);
        if (type.source() != source) {
            throw new Invalid(
                    "source", type + " records come from " + type.source() + ", not " + source);
        }
        NationalId person;
        try {
            person = NationalId.parse(required(o, "idNumber"));
        } catch (IllegalArgumentException e) {
            throw new Invalid("idNumber", e.getMessage());
        }
        LocalDate on = date(o, "occurredOn");
        for (EventField field : EventField.values()) {
            if (!field.belongsTo(type) && text(o, field.jsonName()).isPresent()) {
                throw new Invalid(
                        field.jsonName(),
                        "belongs to "
                                + typesOf(field)
                                + " records, not to "
                                + type
                                + "; leave it empty");
            }
        }
        return typed(new EventKey(source, eventId), type, person, on, o);
    }

    private static DepartmentEvent typed(
            EventKey key, EventType type, NationalId person, LocalDate on, JsonNode o) {
        switch (type) {
            case MEDICAL_SETTLEMENT:
                return new MedicalSettlement(
                        key,
                        person,
                        on,
                        amount(o, "totalCost"),
                        amount(o, "reimbursed"),
                        amount(o, "outOfPocket")
                                .orElseThrow(() -> requiredFor(type, "outOfPocket")),
                        bool(o, "inpatient"),
                        text(o, "diagnosis"));
            case SERIOUS_ILLNESS_DIAGNOSED:
                return new SeriousIllnessDiagnosed(key, person, on, text(o, "diagnosis"));
            case STUDENT_ENROLLED:
                String stage = text(o, "stage").orElseThrow(() -> requiredFor(type, "stage"));
                return new StudentEnrolled(
                        key,
                        person,
                        on,
                        code("stage", stage, SchoolStage.class),
                        amount(o, "annualFee"));
            case UNEMPLOYMENT_REGISTERED:
                return new UnemploymentRegistered(key, person, on);
            case DISABILITY_CERTIFIED:
                return new DisabilityCertified(key, person, on, disability(type, o));
            case DISASTER_LOSS:
                return new DisasterLoss(
                        key,
                        person,
                        on,
                        amount(o, "lossAmount"),
                        text(o, "housingDamage")
                                .map(v -> code("housingDamage", v, HousingDamage.class)));
            case HOUSING_ASSESSED:
                String grade =
                        text(o, "housingGrade")
                                .orElseThrow(() -> requiredFor(type, "housingGrade"));
                return new HousingAssessed(
                        key, person, on, code("housingGrade", grade, HousingGrade.class));
            case DEATH_REGISTERED:
                return new DeathRegistered(key, person, on);
            default:
                throw new IllegalStateException("unknown event type " + type);
        }
    }

    private static Disability disability(EventType type, JsonNode o) {
        String grade =
                text(o, "disabilityGrade").orElseThrow(() -> requiredFor(type, "disabilityGrade"));
        String kind =
                text(o, "disabilityType").orElseThrow(() -> requiredFor(type, "disabilityType"));
        if (!grade.matches("[1-4]")) {
            throw new Invalid("disabilityGrade", "not a whole number from 1 to 4: '" + grade + "'");
        }
        return new Disability(
                Integer.parseInt(grade), code("disabilityType", kind, DisabilityType.class));
    }

    private static Invalid requiredFor(EventType type, String field) {
        return new Invalid(field, "required for " + type + " records");
    }

    private static String required(JsonNode o, String field) {
        return text(o, field).orElseThrow(() -> new Invalid(field, "required value is missing"));
    }

    /** A string, number or boolean as text; absent when missing, null or blank. */
    private static Optional<String> text(JsonNode o, String field) {
        JsonNode value = o.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        if (value.isContainer()) {
            throw new Invalid(field, "must be a string, number or boolean");
        }
        String text = value.isString() ? value.stringValue().strip() : value.asString();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static Optional<Yuan> amount(JsonNode o, String field) {
        JsonNode node = o.get(field);
        Optional<String> text = text(o, field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = node.isNumber() ? node.decimalValue().toPlainString() : text.get();
        if (!AMOUNT.matcher(value).matches()) {
            throw new Invalid(field, "not an amount in yuan: '" + value + "'");
        }
        if (value.startsWith("-")) {
            throw new Invalid(field, "negative amount: '" + value + "'");
        }
        BigDecimal amount = new BigDecimal(value);
        if (amount.stripTrailingZeros().scale() > 2 || (!node.isNumber() && decimals(value) > 2)) {
            throw new Invalid(field, "more than 2 decimals: '" + value + "'");
        }
        try {
            return Optional.of(Yuan.of(amount));
        } catch (IllegalArgumentException e) {
            throw new Invalid(field, e.getMessage());
        }
    }

    private static int decimals(String value) {
        int point = value.indexOf('.');
        return point < 0 ? 0 : value.length() - point - 1;
    }

    private static Optional<Boolean> bool(JsonNode o, String field) {
        return text(o, field)
                .map(
                        v -> {
                            if (!v.equals("true") && !v.equals("false")) {
                                throw new Invalid(field, "not true or false: '" + v + "'");
                            }
                            return Boolean.valueOf(v);
                        });
    }

    private static LocalDate date(JsonNode o, String field) {
        String value = required(o, field);
        if (!DATE.matcher(value).matches()) {
            throw new Invalid(field, "not an ISO date (yyyy-mm-dd): '" + value + "'");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new Invalid(field, "no such date: '" + value + "'");
        }
    }

    private static <E extends Enum<E>> E code(String field, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new Invalid(
                field,
                "unknown code '"
                        + value
                        + "' (known: "
                        + Arrays.stream(type.getEnumConstants())
                                .map(Enum::name)
                                .collect(Collectors.joining(", "))
                        + ")");
    }

    private static String typesOf(EventField field) {
        return Arrays.stream(EventType.values())
                .filter(field::belongsTo)
                .map(Enum::name)
                .collect(Collectors.joining(" and "));
    }

    /** A record's first problem. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        Invalid(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }
}
