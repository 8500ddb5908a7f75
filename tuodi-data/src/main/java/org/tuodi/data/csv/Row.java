package org.tuodi.data.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.List;
import java.util.Map;

/**
 * One data row of an input file, its cells read by column name. A cell is taken without the spaces
 * around it; an empty cell, or a column the header lacks, is absent ({@code null}).
 */
public final class Row {

    private final CsvRecord record;
    private final Map<String, Integer> columns;
    private final List<String> header;

    Row(CsvRecord record, Map<String, Integer> columns, List<String> header) {
        this.record = record;
        this.columns = columns;
        this.header = header;
    }

    /** The line of the file on which the row starts; the header is line 1. */
    public long line() {
        return record.getStartingLineNumber();
    }

    /** How many fields the row has (RFC 4180: as many as the header). */
    public int fieldCount() {
        return record.getFieldCount();
    }

    /** The cell's value without surrounding spaces, or {@code null} when it is absent. */
    public String get(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.getFieldCount()) {
            return null;
        }
        String value = record.getField(index).strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * The first column whose cell held bytes that are not UTF-8 (decoded as U+FFFD, e.g. a GBK
     * file), or {@code null} if none did.
     */
    public String undecodableColumn() {
        for (int i = 0; i < record.getFieldCount(); i++) {
            if (record.getField(i).indexOf('\uFFFD') >= 0) {
                return i < header.size() ? header.get(i) : "";
            }
        }
        return null;
    }

    public boolean has(String column) {
        return get(column) != null;
    }
}
