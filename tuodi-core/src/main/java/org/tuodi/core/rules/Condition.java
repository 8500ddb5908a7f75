package org.tuodi.core.rules;

import java.util.List;
import java.util.Objects;

/**
 * 条件: a test on one field of a department record ({@code inpatient EQ true}) or of a household
 * member ({@code age GTE 70}). Values are written as text and read by the field's kind when the
 * rule set is compiled, so a wrong value is reported against the rule set, not at run time.
 */
public record Condition(String field, Operator operator, List<String> values) {

    public Condition {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(operator, "operator");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("condition on " + field + " has no value");
        }
        if (operator.takesOneValue() && values.size() != 1) {
            throw new IllegalArgumentException(
                    "condition on " + field + " with " + operator + " takes exactly one value");
        }
    }

    public static Condition of(String field, Operator operator, String... values) {
        return new Condition(field, operator, List.of(values));
    }

    @Override
    public String toString() {
        return field + " " + operator + " " + String.join("|", values);
    }
}
