package org.tuodi.core.json;

/**
 * A position in JSON text: the character offset with its line and column, JSON whitespace, and
 * errors that name where reading stopped and what was found there.
 */
final class JsonCursor {

    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;

    JsonCursor(String text) {
        this.text = text;
        if (text.startsWith("\uFEFF")) {
            pos = 1;
            lineStart = 1;
        }
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** The current character; only when not {@link #atEnd()}. */
    char current() {
        return text.charAt(pos);
    }

    /** Whether {@code ch} is next. */
    boolean at(char ch) {
        return !atEnd() && text.charAt(pos) == ch;
    }

    /** Consumes {@code ch} if it is next. */
    boolean take(char ch) {
        if (at(ch)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes {@code word} if it is next. */
    boolean take(String word) {
        if (text.startsWith(word, pos)) {
            pos += word.length();
            return true;
        }
        return false;
    }

    boolean atDigit() {
        return !atEnd() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9';
    }

    void advance() {
        pos++;
    }

    int offset() {
        return pos;
    }

    String textFrom(int start) {
        return text.substring(start, pos);
    }

    /** Skips spaces, tabs and line ends (LF, CRLF or a lone CR), counting lines. */
    void skipWhitespace() {
        while (!atEnd()) {
            char ch = text.charAt(pos);
            if (ch == '\n' || (ch == '\r' && !text.startsWith("\r\n", pos))) {
                line++;
                lineStart = pos + 1;
            } else if (ch != ' ' && ch != '\t' && ch != '\r') {
                return;
            }
            pos++;
        }
    }

    int line() {
        return line;
    }

    /** The column, from 1, in UTF-16 characters. */
    int column() {
        return pos - lineStart + 1;
    }

    JsonSyntaxException error(String reason) {
        return errorAt(pos, reason);
    }

    /** An error at an earlier offset of the current line (strings never span lines). */
    JsonSyntaxException errorAt(int offset, String reason) {
        return new JsonSyntaxException(reason, line, offset - lineStart + 1);
    }

    /** Describes what is at the current position, with a hint for common non-JSON. */
    String found() {
        if (atEnd()) {
            return "the end of the text";
        }
        char ch = text.charAt(pos);
        if (text.startsWith("//", pos) || text.startsWith("/*", pos)) {
            return "a comment (JSON has no comments)";
        } else if (text.startsWith("NaN", pos) || text.startsWith("Infinity", pos)) {
            return "NaN or Infinity (not JSON numbers)";
        } else if (ch == '\'') {
            return "'\\'' (strings and names take double quotes)";
        } else if (ch < 0x20 || Character.isSurrogate(ch)) {
            return String.format("U+%04X", text.codePointAt(pos));
        } else if (ch > 0x7e) {
            return String.format("'%c' (U+%04X)", ch, (int) ch);
        }
        return "'" + ch + "'";
    }
}
