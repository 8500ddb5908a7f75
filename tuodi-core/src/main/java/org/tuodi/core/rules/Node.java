package org.tuodi.core.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.tuodi.core.json.Json;
import org.tuodi.core.json.JsonValue;
import org.tuodi.core.json.JsonValue.JsonArray;
import org.tuodi.core.json.JsonValue.JsonBoolean;
import org.tuodi.core.json.JsonValue.JsonNumber;
import org.tuodi.core.json.JsonValue.JsonObject;
import org.tuodi.core.json.JsonValue.JsonString;
import org.tuodi.core.shared.Yuan;

/**
 * A value of a rule set file with its path ({@code indicators[3].threshold}), read into the types
 * of the rule set. Every reading names the path and the line of the value when it fails.
 */
record Node(String source, String path, JsonValue value) {

    private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]{0,9})");
    private static final Pattern AMOUNT = Pattern.compile("-?(0|[1-9][0-9]{0,15})(\\.[0-9]{1,2})?");
    private static final Pattern WINDOW = Pattern.compile("[1-9][0-9]{0,3}[MD]");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    Node child(String key, JsonValue child) {
        String step =
                NAME.matcher(key).matches()
                        ? key
                        : "[" + Json.write(new JsonString(key, 0, 0)) + "]";
        return new Node(
                source,
                path.isEmpty() || step.startsWith("[") ? path + step : path + "." + step,
                child);
    }

    Node element(int index, JsonValue child) {
        return new Node(source, path + "[" + index + "]", child);
    }

    RuleSetFormatException error(String detail) {
        return error(value.line(), value.column(), path, detail);
    }

    RuleSetFormatException error(int line, int column, String at, String detail) {
        return new RuleSetFormatException(source, line, column, at, detail, false);
    }

    /** Builds with a core constructor, reporting its {@link IllegalArgumentException} here. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (RuleSetFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    String text() {
        if (value instanceof JsonString s) {
            return s.value();
        }
        throw mustBe("a string");
    }

    String nonBlankText() {
        String text = text();
        if (text.isBlank()) {
            throw error("must not be blank");
        }
        return text;
    }

    int wholeNumber() {
        if (value instanceof JsonNumber n && WHOLE.matcher(n.text()).matches()) {
            long v = Long.parseLong(n.text());
            if (v == (int) v) {
                return (int) v;
            }
        }
        throw mustBe("a whole number");
    }

    boolean bool() {
        if (value instanceof JsonBoolean b) {
            return b.value();
        }
        throw mustBe("true or false");
    }

    /** The name of one of the constants, written exactly. */
    <E extends Enum<E>> E choice(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        return Enum.valueOf(type, choice(names));
    }

    String choice(List<String> allowed) {
        if (value instanceof JsonString s && allowed.contains(s.value())) {
            return s.value();
        }
        throw mustBe("one of " + String.join(", ", allowed));
    }

    LocalDate date() {
        if (value instanceof JsonString s && DATE.matcher(s.value()).matches()) {
            try {
                return LocalDate.parse(s.value());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw mustBe("a date like 2023-09-01");
    }

    Window window() {
        if (value instanceof JsonString s && WINDOW.matcher(s.value()).matches()) {
            return build(() -> Window.parse(s.value()));
        }
        throw mustBe("a window like 12M (months) or 90D (days)");
    }

    /** An amount in yuan, written as a string or a number with at most 2 decimals. */
    Yuan amount() {
        String literal =
                value instanceof JsonString s
                        ? s.value()
                        : value instanceof JsonNumber n ? n.text() : "";
        if (AMOUNT.matcher(literal).matches()) {
            return build(() -> Yuan.parse(literal));
        }
        throw mustBe("an amount with at most 2 decimals");
    }

    /** A condition value: a string, number or boolean, as its literal text. */
    String literal() {
        if (value instanceof JsonString s) {
            return s.value();
        } else if (value instanceof JsonNumber || value instanceof JsonBoolean) {
            return Json.write(value);
        }
        throw mustBe("a string, number or boolean");
    }

    List<Node> elements() {
        if (!(value instanceof JsonArray a)) {
            throw mustBe("an array");
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < a.elements().size(); i++) {
            nodes.add(element(i, a.elements().get(i)));
        }
        return nodes;
    }

    Fields fields() {
        if (value instanceof JsonObject o) {
            return new Fields(this, o);
        }
        throw mustBe("an object");
    }

    RuleSetFormatException mustBe(String expected) {
        return error("must be " + expected + ", was " + describe(value));
    }

    private static String describe(JsonValue value) {
        if (value instanceof JsonObject) {
            return "an object";
        } else if (value instanceof JsonArray) {
            return "an array";
        }
        String text = Json.write(value);
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
