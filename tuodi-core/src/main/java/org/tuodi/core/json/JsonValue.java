package org.tuodi.core.json;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * JSON 值: a value read from JSON text with the line and column where it starts (both from 1; 0 for
 * a value built in code). Objects keep their members in the order written; numbers keep their
 * literal text, so {@code 5000.10} stays exactly that. Record equality includes the position; use
 * {@link #sameValue} to compare content only.
 */
public sealed interface JsonValue
        permits JsonValue.JsonObject,
                JsonValue.JsonArray,
                JsonValue.JsonString,
                JsonValue.JsonNumber,
                JsonValue.JsonBoolean,
                JsonValue.JsonNull {

    /** The line where the value starts, from 1 (0 if built in code). */
    int line();

    /** The column where the value starts, from 1 (0 if built in code). */
    int column();

    /** Whether the two values are the same JSON, wherever they were written. */
    default boolean sameValue(JsonValue other) {
        return Json.write(this).equals(Json.write(other));
    }

    /** A member of an object: its name, where the name starts, and its value. */
    record Member(String key, JsonValue value, int line, int column) {
        public Member {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            JsonString.requireWellFormed(key);
        }
    }

    /** An object; member names are unique and in the order written. */
    record JsonObject(List<Member> members, int line, int column) implements JsonValue {
        public JsonObject {
            members = List.copyOf(members);
            Set<String> keys = new HashSet<>();
            for (Member m : members) {
                if (!keys.add(m.key())) {
                    throw new IllegalArgumentException("duplicate key \"" + m.key() + "\"");
                }
            }
        }

        public Optional<Member> member(String key) {
            return members.stream().filter(m -> m.key().equals(key)).findFirst();
        }

        public Optional<JsonValue> get(String key) {
            return member(key).map(Member::value);
        }
    }

    /** An array. */
    record JsonArray(List<JsonValue> elements, int line, int column) implements JsonValue {
        public JsonArray {
            elements = List.copyOf(elements);
        }
    }

    /** A string; it never holds an unpaired surrogate, so it always encodes to UTF-8. */
    record JsonString(String value, int line, int column) implements JsonValue {
        public JsonString {
            Objects.requireNonNull(value, "value");
            requireWellFormed(value);
        }

        static void requireWellFormed(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c)
                        && i + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new IllegalArgumentException(
                            String.format("unpaired surrogate U+%04X", (int) c));
                }
            }
        }
    }

    /** A number, kept as its literal text (RFC 8259 grammar). */
    record JsonNumber(String text, int line, int column) implements JsonValue {
        private static final Pattern GRAMMAR =
                Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

        public JsonNumber {
            Objects.requireNonNull(text, "text");
            if (!GRAMMAR.matcher(text).matches()) {
                throw new IllegalArgumentException("not a JSON number: '" + text + "'");
            }
        }

        /**
         * The exact value.
         *
         * @throws NumberFormatException if the exponent is beyond what BigDecimal holds
         */
        public BigDecimal toBigDecimal() {
            return new BigDecimal(text);
        }
    }

    /** {@code true} or {@code false}. */
    record JsonBoolean(boolean value, int line, int column) implements JsonValue {}

    /** {@code null}. */
    record JsonNull(int line, int column) implements JsonValue {}
}
