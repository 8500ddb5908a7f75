package org.tuodi.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.tuodi.core.json.JsonValue.JsonArray;
import org.tuodi.core.json.JsonValue.JsonBoolean;
import org.tuodi.core.json.JsonValue.JsonNull;
import org.tuodi.core.json.JsonValue.JsonNumber;
import org.tuodi.core.json.JsonValue.JsonObject;
import org.tuodi.core.json.JsonValue.JsonString;
import org.tuodi.core.json.JsonValue.Member;

class JsonProperties {

    @Property
    void readsBackWhatItWrites(@ForAll("values") JsonValue value) {
        String text = Json.write(value);

        JsonValue again = Json.parse(text);

        assertThat(same(again, value)).as(text).isTrue();
        assertThat(Json.write(again)).isEqualTo(text);
    }

    @Property(tries = 2000)
    void failsOnRandomTextOnlyWithASyntaxError(@ForAll("texts") String text) {
        assertOnlySyntaxErrors(text);
    }

    @Property(tries = 1000)
    void failsOnDamagedJsonOnlyWithASyntaxError(
            @ForAll("values") JsonValue value,
            @ForAll @IntRange(max = 100_000) int at,
            @ForAll("jsonChars") char c,
            @ForAll @IntRange(max = 2) int edit) {
        String text = Json.write(value);
        int i = at % (text.length() + 1);
        String damaged =
                edit == 0
                        ? text.substring(0, i) + c + text.substring(i)
                        : edit == 1 || i == text.length()
                                ? text.substring(0, Math.max(0, i - 1)) + text.substring(i)
                                : text.substring(0, i) + c + text.substring(i + 1);

        assertOnlySyntaxErrors(damaged);
    }

    /**
     * Any other exception fails the property. The timeout is checked in the same thread (a thread
     * per try would dominate the run); it catches super-linear reading, and every loop of the
     * reader consumes a character, so it cannot spin.
     */
    static void assertOnlySyntaxErrors(String text) {
        assertTimeout(
                Duration.ofSeconds(2),
                () -> {
                    try {
                        Json.parse(text);
                    } catch (JsonSyntaxException e) {
                        assertThat(e.line()).isPositive();
                        assertThat(e.column()).isPositive();
                    }
                });
    }

    /** Structural equality, ignoring positions, written independently of {@link Json#write}. */
    static boolean same(JsonValue a, JsonValue b) {
        if (a instanceof JsonObject x && b instanceof JsonObject y) {
            if (x.members().size() != y.members().size()) {
                return false;
            }
            for (int i = 0; i < x.members().size(); i++) {
                Member m = x.members().get(i);
                Member n = y.members().get(i);
                if (!m.key().equals(n.key()) || !same(m.value(), n.value())) {
                    return false;
                }
            }
            return true;
        } else if (a instanceof JsonArray x && b instanceof JsonArray y) {
            if (x.elements().size() != y.elements().size()) {
                return false;
            }
            for (int i = 0; i < x.elements().size(); i++) {
                if (!same(x.elements().get(i), y.elements().get(i))) {
                    return false;
                }
            }
            return true;
        } else if (a instanceof JsonString x && b instanceof JsonString y) {
            return x.value().equals(y.value());
        } else if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
            return x.text().equals(y.text());
        } else if (a instanceof JsonBoolean x && b instanceof JsonBoolean y) {
            return x.value() == y.value();
        }
        return a instanceof JsonNull && b instanceof JsonNull;
    }

    @Provide
    Arbitrary<JsonValue> values() {
        return value(3);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings()
                        .withChars("{}[]\",:.-+eE0123456789tfnrulase \t\n\r\\/'u")
                        .ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(40));
    }

    @Provide
    Arbitrary<Character> jsonChars() {
        return Arbitraries.of(
                '{', '}', '[', ']', '"', ',', ':', '.', '-', '0', '1', 'e', '\\', 'u', 'D', ' ',
                '\n', '\u0000', '\uD800', '中');
    }

    private Arbitrary<JsonValue> value(int depth) {
        Arbitrary<JsonValue> scalars =
                Arbitraries.oneOf(
                        strings().map(s -> new JsonString(s, 0, 0)),
                        numbers().map(n -> new JsonNumber(n, 0, 0)),
                        Arbitraries.of(true, false).map(b -> new JsonBoolean(b, 0, 0)),
                        Arbitraries.just(new JsonNull(0, 0)));
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<JsonValue> inner = value(depth - 1);
        Arbitrary<JsonValue> arrays = inner.list().ofMaxSize(4).map(l -> new JsonArray(l, 0, 0));
        Arbitrary<JsonValue> objects =
                Arbitraries.maps(strings(), inner).ofMaxSize(4).map(JsonProperties::object);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, scalars),
                net.jqwik.api.Tuple.of(1, arrays),
                net.jqwik.api.Tuple.of(1, objects));
    }

    private static JsonValue object(Map<String, JsonValue> map) {
        List<Member> members = new ArrayList<>();
        map.forEach((k, v) -> members.add(new Member(k, v, 0, 0)));
        return new JsonObject(members, 0, 0);
    }

    /** Well-formed strings, with extra weight on characters that must be escaped. */
    private static Arbitrary<String> strings() {
        Arbitrary<Integer> codePoints =
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(
                                3,
                                Arbitraries.of(
                                        (int) '"',
                                        (int) '\\',
                                        0,
                                        0x1f,
                                        (int) '\n',
                                        (int) '/',
                                        0x2028,
                                        0x4e2d)),
                        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0x20, 0x7e)),
                        net.jqwik.api.Tuple.of(
                                2,
                                Arbitraries.integers()
                                        .between(0, 0x10FFFF)
                                        .filter(cp -> cp < 0xD800 || cp > 0xDFFF)));
        return codePoints.list().ofMaxSize(8).map(JsonProperties::fromCodePoints);
    }

    private static String fromCodePoints(List<Integer> codePoints) {
        StringBuilder sb = new StringBuilder();
        codePoints.forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static Arbitrary<String> numbers() {
        Arbitrary<String> literal =
                Combinators.combine(
                                Arbitraries.of("", "-"),
                                Arbitraries.oneOf(
                                        Arbitraries.just("0"),
                                        Arbitraries.longs()
                                                .between(1, Long.MAX_VALUE)
                                                .map(String::valueOf)),
                                Arbitraries.of("", ".0", ".5", ".001", ".10"),
                                Arbitraries.of("", "e5", "E+12", "e-3"))
                        .as((s, i, f, e) -> s + i + f + e);
        return Arbitraries.oneOf(literal, Arbitraries.bigDecimals().map(BigDecimal::toString));
    }
}
