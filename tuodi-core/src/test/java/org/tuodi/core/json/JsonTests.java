package org.tuodi.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuodi.core.json.JsonValue.JsonArray;
import org.tuodi.core.json.JsonValue.JsonBoolean;
import org.tuodi.core.json.JsonValue.JsonNull;
import org.tuodi.core.json.JsonValue.JsonNumber;
import org.tuodi.core.json.JsonValue.JsonObject;
import org.tuodi.core.json.JsonValue.JsonString;
import org.tuodi.core.json.JsonValue.Member;

class JsonTests {

    @Test
    void readsEveryKindOfValueWithItsLineAndColumn() {
        String text = "{\n  \"a\": [1, -2.50e+3, \"x\"],\n  \"b\": true,\n  \"c\": null\n}";

        JsonObject o = (JsonObject) Json.parse(text);

        assertThat(o.line()).isEqualTo(1);
        assertThat(o.members()).extracting(Member::key).containsExactly("a", "b", "c");
        JsonArray a = (JsonArray) o.get("a").orElseThrow();
        assertThat(a.line()).isEqualTo(2);
        assertThat(a.column()).isEqualTo(8);
        assertThat(a.elements().get(1)).isEqualTo(new JsonNumber("-2.50e+3", 2, 12));
        assertThat(a.elements().get(2)).isEqualTo(new JsonString("x", 2, 22));
        assertThat(o.get("b")).contains(new JsonBoolean(true, 3, 8));
        assertThat(o.get("c")).contains(new JsonNull(4, 8));
        assertThat(o.member("c").orElseThrow().line()).isEqualTo(4);
    }

    @Test
    void keepsTheLiteralTextOfNumbersSoDecimalsStayExact() {
        JsonNumber n = (JsonNumber) Json.parse("5000.10");

        assertThat(n.text()).isEqualTo("5000.10");
        assertThat(n.toBigDecimal()).isEqualByComparingTo("5000.1");
        assertThat(n.sameValue(Json.parse("5000.1"))).isFalse();
    }

    @Test
    void decodesEscapesIncludingSurrogatePairs() {
        JsonString s =
                (JsonString)
                        Json.parse("\"\\u6c11\\u653f \\uD83D\\uDE00 \\\"\\\\\\/\\b\\f\\n\\r\\t\"");

        assertThat(s.value()).isEqualTo("民政 😀 \"\\/\b\f\n\r\t");
    }

    @Test
    void countsLinesAfterCarriageReturnsAndSkipsAByteOrderMark() {
        JsonArray a = (JsonArray) Json.parse("\uFEFF[\r\n1,\r2,\n3]");

        assertThat(a.elements()).extracting(JsonValue::line).containsExactly(2, 3, 4);
        assertThat(a.column()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            textBlock =
                    """
        {"a": 1,}              | 1 | 9  | trailing comma before '}'
        [1, 2,]                | 1 | 7  | trailing comma before ']'
        {"a": 1 "b": 2}        | 1 | 9  | expected ',' or '}' after an object member, found '"'
        [1 2]                  | 1 | 4  | expected ',' or ']' after an array element, found '2'
        // note                | 1 | 1  | found a comment (JSON has no comments)
        [1, /* two */ 2]       | 1 | 5  | found a comment (JSON has no comments)
        NaN                    | 1 | 1  | found NaN or Infinity (not JSON numbers)
        [-Infinity]            | 1 | 3  | expected a digit after '-'
        012                    | 1 | 2  | leading zeros are not allowed in numbers
        1.                     | 1 | 3  | expected a digit after the decimal point
        1e                     | 1 | 3  | expected a digit in the exponent
        {'a': 1}               | 1 | 2  | strings and names take double quotes
        {a: 1}                 | 1 | 2  | expected a member name in double quotes, found 'a'
        "\\x"                  | 1 | 2  | invalid escape '\\x'
        "\\u12"                | 1 | 6  | \\u must be followed by 4 hex digits
        "\\uD83D"              | 1 | 2  | unpaired surrogate \\uD83D
        "\\uDE00"              | 1 | 2  | unpaired surrogate \\uDE00
        "abc                   | 1 | 1  | string not closed with '"'
        ``                     | 1 | 1  | no JSON value: the text is empty
        [1] [2]                | 1 | 5  | unexpected '[' after the JSON value
        tru                    | 1 | 1  | expected a value (object, array, string, number, true, false or null), found 't'
        [1,　2]                | 1 | 4  | found '　' (U+3000)
        """)
    void rejectsWhatStrictJsonDoesNotAllow(String text, int line, int column, String reason) {
        JsonSyntaxException e = failureOf(text.replace("\\\\", "\\"));

        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.reason()).contains(reason.replace("\\\\", "\\"));
        assertThat(e.getMessage()).startsWith("line " + line + ", column " + column + ": ");
    }

    @Test
    void rejectsControlCharactersInStrings() {
        JsonSyntaxException e = failureOf("[\"a\tb\"]");

        assertThat(e.getMessage())
                .isEqualTo("line 1, column 4: control character U+0009 in a string: escape it");
    }

    @Test
    void rejectsADuplicateKeyNamingItAndBothLines() {
        JsonSyntaxException e = failureOf("{\n  \"code\": 1,\n  \"x\": 2,\n  \"code\": 3\n}");

        assertThat(e.getMessage())
                .isEqualTo("line 4, column 3: duplicate key \"code\" (first at line 2)");
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String ok = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        String deep = "{\"a\":".repeat(Json.MAX_DEPTH) + "[" + "}".repeat(Json.MAX_DEPTH);

        assertThat(Json.parse(ok)).isInstanceOf(JsonArray.class);
        assertThat(failureOf(deep).reason()).isEqualTo("nesting deeper than 64 levels");
        assertThat(failureOf("[".repeat(1_000_000)).reason())
                .isEqualTo("nesting deeper than 64 levels");
    }

    @Test
    void refusesTextLongerThanTheLimit() {
        String long_ = "\"" + "x".repeat(Json.MAX_LENGTH) + "\"";

        assertThat(failureOf(long_).getMessage())
                .isEqualTo("line 1, column 1: text is longer than 1048576 characters");
    }

    @Test
    void writesWithoutWhitespaceKeepingOrderChineseAndLiteralNumbers() {
        JsonValue v =
                Json.parse(
                        "{ \"b\" : [ 1.50 , true , null ] ,\n \"a\" : \"河南 \\\"x\\\" \\u0001\\n/\" }");

        assertThat(Json.write(v))
                .isEqualTo("{\"b\":[1.50,true,null],\"a\":\"河南 \\\"x\\\" \\u0001\\n/\"}");
    }

    @Test
    void comparesValuesWithoutTheirPositions() {
        JsonValue a = Json.parse("{\"a\": [1, \"x\"]}");
        JsonValue b = Json.parse("\n\n  {\"a\":[1,\"x\"]}");

        assertThat(a).isNotEqualTo(b);
        assertThat(a.sameValue(b)).isTrue();
        assertThat(a.sameValue(Json.parse("{\"a\": [\"x\", 1]}"))).isFalse();
    }

    @Test
    void refusesToBuildValuesThatCouldNotBeWrittenBack() {
        List<Member> twice =
                List.of(
                        new Member("a", new JsonNull(0, 0), 0, 0),
                        new Member("a", new JsonNull(0, 0), 0, 0));

        assertThat(
                        catchThrowableOfType(
                                IllegalArgumentException.class, () -> new JsonObject(twice, 0, 0)))
                .hasMessage("duplicate key \"a\"");
        assertThat(
                        catchThrowableOfType(
                                IllegalArgumentException.class,
                                () -> new JsonString("\uD800", 0, 0)))
                .hasMessage("unpaired surrogate U+D800");
        assertThat(
                        catchThrowableOfType(
                                IllegalArgumentException.class, () -> new JsonNumber("01", 0, 0)))
                .hasMessage("not a JSON number: '01'");
    }

    static JsonSyntaxException failureOf(String text) {
        return catchThrowableOfType(JsonSyntaxException.class, () -> Json.parse(text));
    }
}
