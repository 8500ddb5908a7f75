package org.tuodi.core.json;

/**
 * JSON 语法错误: text that is not strict JSON (RFC 8259), with the line and column (both from 1) where
 * reading stopped. The message reads {@code line 12, column 5: expected ',' or '}' after an object
 * member}.
 */
public final class JsonSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String reason;

    public JsonSyntaxException(String reason, int line, int column) {
        super("line " + line + ", column " + column + ": " + reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The line, from 1. */
    public int line() {
        return line;
    }

    /** The column, from 1, counted in UTF-16 characters from the start of the line. */
    public int column() {
        return column;
    }

    /** The message without the position. */
    public String reason() {
        return reason;
    }
}
