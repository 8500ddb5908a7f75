package org.tuodi.core.rules;

/**
 * 预警指标体系文件错误: a rule set file that cannot be read, naming the file, the line and column of the
 * value at fault and its path in the file ({@code indicators[3].threshold}). The message reads
 * {@code reference.json line 42: indicators[3].threshold: must be an amount with at most 2
 * decimals, was "5000.001"}; a JSON syntax error also gives the column.
 */
public final class RuleSetFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final int line;
    private final int column;
    private final String path;
    private final String detail;

    RuleSetFormatException(
            String sourceName, int line, int column, String path, String detail, boolean syntax) {
        super(
                sourceName
                        + " line "
                        + line
                        + (syntax ? ", column " + column : "")
                        + ": "
                        + (path.isEmpty() ? "" : path + ": ")
                        + detail);
        this.sourceName = sourceName;
        this.line = line;
        this.column = column;
        this.path = path;
        this.detail = detail;
    }

    /** The name of the file or resource, as given to {@link RuleSetFormat#parse}. */
    public String sourceName() {
        return sourceName;
    }

    /** The line of the value at fault, from 1. */
    public int line() {
        return line;
    }

    /** The column of the value at fault, from 1. */
    public int column() {
        return column;
    }

    /** Where in the file, like {@code indicators[3].threshold}; empty for the file as a whole. */
    public String path() {
        return path;
    }

    /** What is wrong, without the file, line and path. */
    public String detail() {
        return detail;
    }
}
