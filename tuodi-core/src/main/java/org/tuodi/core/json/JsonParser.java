package org.tuodi.core.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tuodi.core.json.JsonValue.JsonArray;
import org.tuodi.core.json.JsonValue.JsonBoolean;
import org.tuodi.core.json.JsonValue.JsonNull;
import org.tuodi.core.json.JsonValue.JsonNumber;
import org.tuodi.core.json.JsonValue.JsonObject;
import org.tuodi.core.json.JsonValue.JsonString;
import org.tuodi.core.json.JsonValue.Member;

/**
 * A recursive-descent reader of the RFC 8259 grammar over a {@link JsonCursor}. It is a little
 * longer than the usual class because each rejection (trailing comma, leading zero, control
 * character, bad escape, unpaired surrogate, duplicate key, nesting) has its own message for the
 * person editing the file, and keeping the grammar in one place makes it easy to check against the
 * RFC.
 */
final class JsonParser {

    private final JsonCursor in;
    private int depth;

    private JsonParser(String text) {
        this.in = new JsonCursor(text);
    }

    static JsonValue parse(String text) {
        if (text.length() > Json.MAX_LENGTH) {
            throw new JsonSyntaxException(
                    "text is longer than " + Json.MAX_LENGTH + " characters", 1, 1);
        }
        JsonParser p = new JsonParser(text);
        p.in.skipWhitespace();
        if (p.in.atEnd()) {
            throw p.in.error("no JSON value: the text is empty");
        }
        JsonValue value = p.value();
        p.in.skipWhitespace();
        if (!p.in.atEnd()) {
            throw p.in.error("unexpected " + p.in.found() + " after the JSON value");
        }
        return value;
    }

    private JsonValue value() {
        int l = in.line();
        int c = in.column();
        if (in.at('{')) {
            return object(l, c);
        } else if (in.at('[')) {
            return array(l, c);
        } else if (in.at('"')) {
            return new JsonString(string(), l, c);
        } else if (in.at('-') || in.atDigit()) {
            return number(l, c);
        } else if (in.take("true")) {
            return new JsonBoolean(true, l, c);
        } else if (in.take("false")) {
            return new JsonBoolean(false, l, c);
        } else if (in.take("null")) {
            return new JsonNull(l, c);
        }
        throw in.error(
                "expected a value (object, array, string, number, true, false or null), found "
                        + in.found());
    }

    private JsonObject object(int l, int c) {
        enter();
        List<Member> members = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        in.skipWhitespace();
        while (!in.take('}')) {
            if (!members.isEmpty()) {
                if (!in.take(',')) {
                    throw in.error(
                            "expected ',' or '}' after an object member, found " + in.found());
                }
                in.skipWhitespace();
                if (in.at('}')) {
                    throw in.error("trailing comma before '}': remove the last ','");
                }
            }
            if (!in.at('"')) {
                throw in.error("expected a member name in double quotes, found " + in.found());
            }
            int kl = in.line();
            int kc = in.column();
            String key = string();
            Integer first = firstLines.putIfAbsent(key, kl);
            if (first != null) {
                throw new JsonSyntaxException(
                        "duplicate key \"" + key + "\" (first at line " + first + ")", kl, kc);
            }
            in.skipWhitespace();
            if (!in.take(':')) {
                throw in.error(
                        "expected ':' after the member name \"" + key + "\", found " + in.found());
            }
            in.skipWhitespace();
            members.add(new Member(key, value(), kl, kc));
            in.skipWhitespace();
        }
        depth--;
        return new JsonObject(members, l, c);
    }

    private JsonArray array(int l, int c) {
        enter();
        List<JsonValue> elements = new ArrayList<>();
        in.skipWhitespace();
        while (!in.take(']')) {
            if (!elements.isEmpty()) {
                if (!in.take(',')) {
                    throw in.error(
                            "expected ',' or ']' after an array element, found " + in.found());
                }
                in.skipWhitespace();
                if (in.at(']')) {
                    throw in.error("trailing comma before ']': remove the last ','");
                }
            }
            if (in.atEnd()) {
                throw in.error("unexpected end of text: expected a value or ']'");
            }
            elements.add(value());
            in.skipWhitespace();
        }
        depth--;
        return new JsonArray(elements, l, c);
    }

    private void enter() {
        in.advance();
        if (++depth > Json.MAX_DEPTH) {
            throw in.error("nesting deeper than " + Json.MAX_DEPTH + " levels");
        }
    }

    private String string() {
        int l = in.line();
        int c = in.column();
        in.advance();
        StringBuilder sb = new StringBuilder();
        while (!in.take('"')) {
            if (in.atEnd()) {
                throw new JsonSyntaxException("string not closed with '\"'", l, c);
            }
            char ch = in.current();
            if (ch == '\\') {
                escape(sb);
            } else if (ch < 0x20) {
                throw in.error(
                        String.format("control character U+%04X in a string: escape it", (int) ch));
            } else if (Character.isHighSurrogate(ch)) {
                in.advance();
                if (in.atEnd() || !Character.isLowSurrogate(in.current())) {
                    throw in.errorAt(
                            in.offset() - 1,
                            String.format("unpaired surrogate U+%04X in a string", (int) ch));
                }
                sb.append(ch).append(in.current());
                in.advance();
            } else if (Character.isLowSurrogate(ch)) {
                throw in.error(String.format("unpaired surrogate U+%04X in a string", (int) ch));
            } else {
                sb.append(ch);
                in.advance();
            }
        }
        return sb.toString();
    }

    private void escape(StringBuilder sb) {
        int start = in.offset();
        in.advance();
        int simple = in.atEnd() ? -1 : "\"\\/bfnrt".indexOf(in.current());
        if (simple >= 0) {
            sb.append("\"\\/\b\f\n\r\t".charAt(simple));
            in.advance();
        } else if (in.take('u')) {
            char unit = hex4();
            if (Character.isHighSurrogate(unit) && in.take("\\u")) {
                char low = hex4();
                if (!Character.isLowSurrogate(low)) {
                    throw in.errorAt(
                            start, String.format("unpaired surrogate \\u%04X", (int) unit));
                }
                sb.append(unit).append(low);
            } else if (Character.isSurrogate(unit)) {
                throw in.errorAt(start, String.format("unpaired surrogate \\u%04X", (int) unit));
            } else {
                sb.append(unit);
            }
        } else {
            throw in.errorAt(
                    start,
                    "invalid escape '\\"
                            + (in.atEnd() ? "" : String.valueOf(in.current()))
                            + "': use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX");
        }
    }

    /** Reads the 4 hex digits after {@code \\u} (ASCII only). */
    private char hex4() {
        int value = 0;
        for (int k = 0; k < 4; k++) {
            int digit =
                    in.atEnd() ? -1 : "0123456789abcdef0123456789ABCDEF".indexOf(in.current()) % 16;
            if (digit < 0) {
                throw in.error("\\u must be followed by 4 hex digits");
            }
            value = value * 16 + digit;
            in.advance();
        }
        return (char) value;
    }

    private JsonNumber number(int l, int c) {
        int start = in.offset();
        in.take('-');
        if (!in.atDigit()) {
            throw in.error("expected a digit after '-'");
        }
        if (in.take('0')) {
            if (in.atDigit()) {
                throw in.error("leading zeros are not allowed in numbers");
            }
        } else {
            digits();
        }
        if (in.take('.')) {
            requireDigits("expected a digit after the decimal point");
        }
        if (in.take('e') || in.take('E')) {
            if (!in.take('+')) {
                in.take('-');
            }
            requireDigits("expected a digit in the exponent");
        }
        return new JsonNumber(in.textFrom(start), l, c);
    }

    private void requireDigits(String message) {
        if (!in.atDigit()) {
            throw in.error(message);
        }
        digits();
    }

    private void digits() {
        while (in.atDigit()) {
            in.advance();
        }
    }
}
