package org.tuodi.core.json;

import java.util.Objects;
import org.tuodi.core.json.JsonValue.JsonArray;
import org.tuodi.core.json.JsonValue.JsonBoolean;
import org.tuodi.core.json.JsonValue.JsonNull;
import org.tuodi.core.json.JsonValue.JsonNumber;
import org.tuodi.core.json.JsonValue.JsonObject;
import org.tuodi.core.json.JsonValue.JsonString;
import org.tuodi.core.json.JsonValue.Member;

/**
 * JSON 读写: reads strict JSON (RFC 8259) with positions and writes a canonical text.
 *
 * <p>Reading rejects what RFC 8259 does not allow (comments, trailing commas, single quotes, NaN
 * and Infinity, leading zeros, raw control characters in strings) and, beyond it, duplicate names
 * in an object and unpaired surrogates, since both make the text mean different things to different
 * readers. A leading byte order mark is skipped. Text longer than {@link #MAX_LENGTH} characters or
 * nested deeper than {@link #MAX_DEPTH} is refused, so hostile input cannot exhaust memory or the
 * stack.
 *
 * <p>Writing gives one text per value: no whitespace, members in their order, numbers as their
 * literal text, and strings escaped minimally ({@code "}, {@code \}, and control characters, the
 * common ones as {@code \n} and the others as {@code \u001f}); other characters, Chinese included,
 * are written as they are.
 */
public final class Json {

    /** The deepest nesting of objects and arrays read. */
    public static final int MAX_DEPTH = 64;

    /** The longest text read, in characters (1 MiB). */
    public static final int MAX_LENGTH = 1 << 20;

    private Json() {}

    /**
     * Reads one JSON value, with surrounding whitespace.
     *
     * @throws JsonSyntaxException naming the line and column if the text is not strict JSON
     */
    public static JsonValue parse(String text) {
        Objects.requireNonNull(text, "text");
        return JsonParser.parse(text);
    }

    /** The canonical text of the value. */
    public static String write(JsonValue value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    private static void write(JsonValue value, StringBuilder sb) {
        if (value instanceof JsonObject o) {
            sb.append('{');
            String separator = "";
            for (Member m : o.members()) {
                sb.append(separator);
                writeString(m.key(), sb);
                sb.append(':');
                write(m.value(), sb);
                separator = ",";
            }
            sb.append('}');
        } else if (value instanceof JsonArray a) {
            sb.append('[');
            String separator = "";
            for (JsonValue element : a.elements()) {
                sb.append(separator);
                write(element, sb);
                separator = ",";
            }
            sb.append(']');
        } else if (value instanceof JsonString s) {
            writeString(s.value(), sb);
        } else if (value instanceof JsonNumber n) {
            sb.append(n.text());
        } else if (value instanceof JsonBoolean b) {
            sb.append(b.value());
        } else if (value instanceof JsonNull) {
            sb.append("null");
        }
    }

    private static void writeString(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int shortForm = "\"\\\b\f\n\r\t".indexOf(c);
            if (shortForm >= 0) {
                sb.append('\\').append("\"\\bfnrt".charAt(shortForm));
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
