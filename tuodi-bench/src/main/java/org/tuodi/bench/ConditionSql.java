package org.tuodi.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tuodi.core.event.EventField;
import org.tuodi.core.rules.Condition;
import org.tuodi.core.rules.Operator;
import org.tuodi.core.shared.Yuan;

/**
 * A rule set's conditions ({@code where}) as SQL predicates over the baseline's tables, with the
 * engine's meaning: amounts compare in fen, whole numbers as integers, booleans and codes exactly;
 * a record or member lacking the field does not match (SQL's NULL, wrapped in {@code coalesce(…,
 * false)} by the caller).
 *
 * <p>Record fields are the columns of the {@code ev} table (amounts already in fen, {@code
 * disability_grade} an integer, {@code inpatient} text). Member fields are expressions over {@code
 * m} (the member) and {@code d} (the evaluation day); household fields over {@code h}.
 */
final class ConditionSql {

    private ConditionSql() {}

    /** A condition on a department record's field. */
    static String onRecord(Condition c) {
        EventField field =
                EventField.ofColumn(c.field())
                        .orElseThrow(() -> new IllegalArgumentException("no field " + c.field()));
        String column = field.column();
        switch (field.kind()) {
            case AMOUNT:
                return compare(column, c, amounts(c));
            case NUMBER:
                return compare(column, c, numbers(c));
            case BOOLEAN:
                return column + " = " + text(c.values().get(0).toLowerCase(Locale.ROOT));
            default:
                return compare(column, c, texts(c));
        }
    }

    /** A condition on a member ({@code m}) on the evaluation day ({@code d}). */
    static String onMember(Condition c) {
        switch (c.field()) {
            case "age":
                // Period.between(birth, d).getYears(): whole years, a birthday counts on its day
                // (29 February birthdays on 1 March in common years).
                return compare(
                        "(year(d) - year(m.birth) - CASE WHEN month(d) * 100 + day(d)"
                                + " < month(m.birth) * 100 + day(m.birth) THEN 1 ELSE 0 END)",
                        c,
                        numbers(c));
            case "sex":
                return compare("m.sex", c, texts(c));
            case "relation":
                return compare("m.relation", c, texts(c));
            case "labor_capacity":
                return compare("m.labor", c, texts(c));
            case "disability_grade":
                return compare("m.grade", c, numbers(c));
            case "disability_type":
                return compare("m.dtype", c, texts(c));
            case "severe_disability":
                return "m.severe = " + bool(c);
            case "serious_illness":
                return "m.ill = " + bool(c);
            default:
                throw new IllegalArgumentException("members have no field " + c.field());
        }
    }

    /** A condition on the household ({@code h}); {@code category} holds if any category does. */
    static String onHousehold(Condition c) {
        switch (c.field()) {
            case "category":
                return "list_has_any(h.categories, [" + texts(c) + "])";
            case "residence":
                return compare("h.residence", c, texts(c));
            case "size":
                return compare("h.size", c, numbers(c));
            case "per_capita_monthly_income":
                return compare("h.income", c, amounts(c));
            default:
                throw new IllegalArgumentException("households have no field " + c.field());
        }
    }

    private static String compare(String expression, Condition c, String values) {
        Operator op = c.operator();
        switch (op) {
            case EQ:
                return expression + " = " + values;
            case IN:
                return expression + " IN (" + values + ")";
            case GTE:
                return expression + " >= " + values;
            case GT:
                return expression + " > " + values;
            case LTE:
                return expression + " <= " + values;
            case LT:
                return expression + " < " + values;
            default:
                throw new IllegalStateException("unknown operator " + op);
        }
    }

    private static String amounts(Condition c) {
        return c.values().stream()
                .map(v -> Long.toString(Yuan.of(new BigDecimal(v.trim())).fen()))
                .collect(Collectors.joining(", "));
    }

    private static String numbers(Condition c) {
        return c.values().stream()
                .map(v -> Long.toString(Long.parseLong(v.trim())))
                .collect(Collectors.joining(", "));
    }

    private static String texts(Condition c) {
        return c.values().stream().map(ConditionSql::text).collect(Collectors.joining(", "));
    }

    private static String bool(Condition c) {
        return Boolean.toString(Boolean.parseBoolean(c.values().get(0).toLowerCase(Locale.ROOT)));
    }

    /** A SQL string literal. */
    static String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static String texts(List<String> values) {
        return values.stream().map(ConditionSql::text).collect(Collectors.joining(", "));
    }
}
