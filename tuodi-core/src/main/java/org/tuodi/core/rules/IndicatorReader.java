package org.tuodi.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.EventType;
import org.tuodi.core.json.JsonValue.JsonString;
import org.tuodi.core.rules.IndicatorKind.EventMatch;
import org.tuodi.core.rules.IndicatorKind.HouseholdCondition;
import org.tuodi.core.rules.IndicatorKind.WindowCount;
import org.tuodi.core.rules.IndicatorKind.WindowSum;
import org.tuodi.core.shared.Yuan;

/**
 * Reads one indicator of a rule set file: the fields common to all kinds, then those of its kind (a
 * field of another kind is an error), and each condition compiled on its own so that an error names
 * the condition at fault.
 */
final class IndicatorReader {

    static final List<String> KINDS =
            List.of("WINDOW_SUM", "WINDOW_COUNT", "EVENT_MATCH", "HOUSEHOLD_CONDITION");

    private static final List<String> COMMON =
            List.of(
                    "code",
                    "name",
                    "dimension",
                    "kind",
                    "score",
                    "hardTrigger",
                    "provenance",
                    "note");

    private static final Map<String, List<String>> KIND_FIELDS =
            Map.of(
                    "WINDOW_SUM", List.of("eventType", "field", "window", "threshold", "where"),
                    "WINDOW_COUNT", List.of("eventType", "window", "threshold", "where"),
                    "EVENT_MATCH", List.of("eventType", "window", "where"),
                    "HOUSEHOLD_CONDITION", List.of("scope", "minMembers", "where"));

    private IndicatorReader() {}

    static Indicator read(Node node) {
        Fields f = node.fields();
        boolean knownKind =
                f.find("kind")
                        .filter(k -> k.value() instanceof JsonString s && KINDS.contains(s.value()))
                        .isPresent();
        if (!knownKind) {
            // a typo such as "knid" is reported as such, not as a missing "kind"
            f.allowOnly(fieldsOf(KINDS), "an indicator");
        }
        String kindCode = f.get("kind").choice(KINDS);
        f.allowOnly(
                fieldsOf(List.of(kindCode)),
                (kindCode.startsWith("E") ? "an " : "a ") + kindCode + " indicator");
        String code = f.get("code").text();
        String name = f.get("name").text();
        Dimension dimension = f.get("dimension").choice(Dimension.class);
        int score = f.get("score").wholeNumber();
        Optional<Node> hardNode = f.find("hardTrigger");
        Optional<AlertLevel> hardTrigger = hardNode.map(n -> n.choice(AlertLevel.class));
        if (hardNode.isPresent() && kindCode.equals("HOUSEHOLD_CONDITION")) {
            throw hardNode.get()
                    .error(
                            "a HOUSEHOLD_CONDITION never raises an alert alone, so it has no hard trigger");
        }
        Provenance provenance = f.get("provenance").choice(Provenance.class);
        String note = f.find("note").map(Node::text).orElse("");
        IndicatorKind kind = kind(kindCode, f);
        return node.build(
                () ->
                        new Indicator(
                                code, name, dimension, score, hardTrigger, kind, provenance, note));
    }

    private static IndicatorKind kind(String kindCode, Fields f) {
        if (kindCode.equals("HOUSEHOLD_CONDITION")) {
            return householdCondition(f);
        }
        EventType type = f.get("eventType").choice(EventType.class);
        Window window = f.get("window").window();
        List<Condition> where =
                f.find("where").map(n -> conditions(n, type, null)).orElse(List.of());
        if (kindCode.equals("WINDOW_SUM")) {
            EventField field = amountField(f.get("field"), type);
            Yuan threshold = f.get("threshold").amount();
            return f.node().build(() -> new WindowSum(type, where, field, window, threshold));
        } else if (kindCode.equals("WINDOW_COUNT")) {
            int threshold = f.get("threshold").wholeNumber();
            return f.node().build(() -> new WindowCount(type, where, window, threshold));
        }
        return f.node().build(() -> new EventMatch(type, where, window));
    }

    private static IndicatorKind householdCondition(Fields f) {
        HouseholdCondition.Scope scope = f.get("scope").choice(HouseholdCondition.Scope.class);
        List<Condition> where = conditions(f.get("where"), null, scope);
        Optional<Node> minNode = f.find("minMembers");
        int minMembers = minNode.map(Node::wholeNumber).orElse(1);
        if (scope == HouseholdCondition.Scope.HOUSEHOLD && minMembers != 1) {
            throw minNode.get()
                    .error("a HOUSEHOLD-scope condition counts the household once: must be 1");
        }
        return f.node().build(() -> new HouseholdCondition(scope, where, minMembers));
    }

    private static List<Condition> conditions(
            Node where, EventType type, HouseholdCondition.Scope scope) {
        List<Condition> conditions = new ArrayList<>();
        for (Node n : where.elements()) {
            conditions.add(condition(n, type, scope));
        }
        return conditions;
    }

    /** One condition, compiled alone for the event type (or household scope) to check it here. */
    private static Condition condition(Node node, EventType type, HouseholdCondition.Scope scope) {
        Fields f =
                node.fields().allowOnly(List.of("field", "op", "value", "values"), "a condition");
        String field = f.get("field").text();
        Operator op = f.get("op").choice(Operator.class);
        List<String> values;
        if (op.takesOneValue()) {
            f.forbid("values", op + " takes one \"value\"; only IN takes \"values\"");
            values = List.of(f.get("value").literal());
        } else {
            f.forbid("value", "IN takes a list: \"values\": [...]");
            values = f.get("values").elements().stream().map(Node::literal).toList();
        }
        Condition c = node.build(() -> new Condition(field, op, values));
        node.build(
                () ->
                        type != null
                                ? EventFilter.compile(type, List.of(c))
                                : HouseholdFilter.compile(
                                        new HouseholdCondition(scope, List.of(c), 1)));
        return c;
    }

    private static EventField amountField(Node node, EventType type) {
        String column = node.text();
        List<String> amounts =
                type.fields().stream()
                        .filter(f -> f.kind() == EventField.Kind.AMOUNT)
                        .map(EventField::column)
                        .toList();
        if (!amounts.contains(column)) {
            throw node.error(
                    type
                            + " has no amount field \""
                            + column
                            + "\"; its amount fields: "
                            + (amounts.isEmpty() ? "none" : String.join(", ", amounts)));
        }
        return EventField.ofColumn(column).orElseThrow();
    }

    /**
     * A region's threshold for the indicator, checked against its kind and written the way the
     * canonical form writes it ({@code 4000.00}, {@code 3}).
     */
    static String overrideThreshold(Indicator indicator, Node node) {
        IndicatorKind kind = indicator.kind();
        if (kind instanceof WindowSum s) {
            Yuan t = node.amount();
            node.build(() -> new WindowSum(s.eventType(), s.where(), s.field(), s.window(), t));
            return t.toString();
        } else if (kind instanceof WindowCount c) {
            int t = node.wholeNumber();
            node.build(() -> new WindowCount(c.eventType(), c.where(), c.window(), t));
            return Integer.toString(t);
        }
        throw node.error(kind.code() + " indicators have no threshold to override");
    }

    private static List<String> fieldsOf(List<String> kinds) {
        Set<String> fields = new LinkedHashSet<>(COMMON);
        kinds.forEach(k -> fields.addAll(KIND_FIELDS.get(k)));
        return List.copyOf(fields);
    }
}
