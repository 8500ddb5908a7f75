package org.tuodi.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.EventType;
import org.tuodi.core.event.HousingDamage;
import org.tuodi.core.event.HousingGrade;
import org.tuodi.core.event.SchoolStage;
import org.tuodi.core.household.DisabilityType;

/**
 * 记录筛选: which department records an indicator looks at: one event type and conditions on its
 * fields, all of which must hold. A record lacking a tested field does not match.
 */
public final class EventFilter {

    private final EventType type;
    private final Predicate<DepartmentEvent>[] tests;

    @SuppressWarnings("unchecked")
    private EventFilter(EventType type, List<Predicate<DepartmentEvent>> tests) {
        this.type = type;
        this.tests = tests.toArray(new Predicate[0]);
    }

    /**
     * Compiles the conditions for records of the type.
     *
     * @throws IllegalArgumentException naming the field if a field does not belong to the type or a
     *     value does not fit it
     */
    public static EventFilter compile(EventType type, List<Condition> where) {
        List<Predicate<DepartmentEvent>> tests = new ArrayList<>();
        for (Condition c : where) {
            EventField field =
                    EventField.ofColumn(c.field())
                            .filter(f -> f.belongsTo(type))
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    type
                                                            + " has no field '"
                                                            + c.field()
                                                            + "'; it has "
                                                            + type.fields().stream()
                                                                    .map(EventField::column)
                                                                    .toList()));
            Predicate<Object> test = valueTest(field, c);
            tests.add(e -> e.valueOf(field).map(test::test).orElse(false));
        }
        return new EventFilter(type, List.copyOf(tests));
    }

    private static Predicate<Object> valueTest(EventField field, Condition c) {
        switch (field.kind()) {
            case AMOUNT:
                return Comparison.amount(c);
            case NUMBER:
                return Comparison.number(c);
            case BOOLEAN:
                return Comparison.bool(c);
            case TEXT:
                return Comparison.text(c);
            case CHOICE:
                return Comparison.choice(c, choicesOf(field));
            default:
                throw new IllegalStateException("unknown kind " + field.kind());
        }
    }

    private static java.util.Set<String> choicesOf(EventField field) {
        switch (field) {
            case STAGE:
                return Comparison.names(SchoolStage.values());
            case DISABILITY_TYPE:
                return Comparison.names(DisabilityType.values());
            case HOUSING_DAMAGE:
                return Comparison.names(HousingDamage.values());
            case HOUSING_GRADE:
                return Comparison.names(HousingGrade.values());
            default:
                throw new IllegalStateException(field + " is not a choice");
        }
    }

    public EventType type() {
        return type;
    }

    public boolean matches(DepartmentEvent event) {
        if (event.type() != type) {
            return false;
        }
        for (Predicate<DepartmentEvent> test : tests) {
            if (!test.test(event)) {
                return false;
            }
        }
        return true;
    }
}
