package org.tuodi.data.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * An input CSV file of formats.md, open and streamed one row at a time: UTF-8 with or without a
 * BOM, RFC 4180 quoting, a header row whose column names are matched exactly. Columns may come in
 * any order; columns the format does not know are allowed and ignored. Blank lines are not rows.
 */
public final class CsvFile implements Iterable<Row>, Closeable {

    private final String name;
    private final CsvReader<CsvRecord> reader;
    private final boolean readAhead;
    private CloseableIterator<CsvRecord> records;
    private final Map<String, Integer> columns;
    private final List<String> header;
    private boolean iterated;

    private CsvFile(
            String name,
            CsvReader<CsvRecord> reader,
            CloseableIterator<CsvRecord> records,
            List<String> header,
            List<String> required,
            List<String> known,
            boolean readAhead) {
        this.name = name;
        this.readAhead = readAhead;
        this.reader = reader;
        this.records = records;
        this.columns = columns(name, header, required, known);
        this.header = List.copyOf(header);
    }

    /**
     * Opens a file and checks its header.
     *
     * @param required the columns that must be in the header
     * @param known all the columns the format defines (a repeated known column is an error)
     * @throws FileFormatException naming the column if one is missing or repeated, or if there is
     *     no header
     */
    public static CsvFile open(Path path, List<String> required, List<String> known)
            throws IOException {
        return open(path, required, known, false);
    }

    /**
     * Opens a file as {@link #open} does, with the CSV parsing on a second thread ({@link
     * ReadAhead}): the same rows, rejects and errors in the same order, in about half the time on
     * two cores. For the large files of a scan or a replay.
     */
    public static CsvFile openReadingAhead(Path path, List<String> required, List<String> known)
            throws IOException {
        return open(path, required, known, true);
    }

    private static CsvFile open(
            Path path, List<String> required, List<String> known, boolean readAhead)
            throws IOException {
        String name = path.getFileName().toString();
        CsvReader<CsvRecord> reader =
                CsvReader.builder()
                        .detectBomHeader(true)
                        .allowExtraFields(true)
                        .allowMissingFields(true)
                        // FastCSV cannot go on after a parse error, so a stray character after a
                        // closing quote is kept as text instead of stopping the whole file.
                        .allowExtraCharsAfterClosingQuote(true)
                        .ofCsvRecord(path, StandardCharsets.UTF_8);
        try {
            CloseableIterator<CsvRecord> it = reader.iterator();
            if (!it.hasNext()) {
                throw new FileFormatException(name + ": the file is empty, it has no header row");
            }
            return new CsvFile(name, reader, it, it.next().getFields(), required, known, readAhead);
        } catch (RuntimeException e) {
            reader.close();
            throw e instanceof CsvParseException ? unparseable(name, e) : e;
        }
    }

    private static Map<String, Integer> columns(
            String name, List<String> fields, List<String> required, List<String> known) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String column = fields.get(i);
            if (columns.putIfAbsent(column, i) != null && known.contains(column)) {
                throw new FileFormatException(
                        name + ": column " + column + " appears twice in the header");
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new FileFormatException(
                        name + ": missing required column " + column + nearMiss(fields, column));
            }
        }
        return Map.copyOf(columns);
    }

    private static String nearMiss(List<String> fields, String column) {
        for (String field : fields) {
            if (field.strip().toLowerCase(Locale.ROOT).equals(column)) {
                return " (found '" + field + "': column names are exact, lower-case, no spaces)";
            }
        }
        return "";
    }

    private static FileFormatException unparseable(String name, RuntimeException e) {
        return new FileFormatException(name + ": cannot be parsed as CSV: " + e.getMessage(), e);
    }

    /** The file's name, as rejects name it. */
    public String name() {
        return name;
    }

    public boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    /** The number of columns in the header. */
    public int width() {
        return header.size();
    }

    /** The data rows, once, in file order. */
    @Override
    public Iterator<Row> iterator() {
        if (iterated) {
            throw new IllegalStateException(name + " is streamed once");
        }
        iterated = true;
        if (readAhead) {
            records = new ReadAhead(records, name);
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (CsvParseException e) {
                    throw unparseable(name, e);
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return new Row(records.next(), columns, header);
            }
        };
    }

    @Override
    public void close() throws IOException {
        if (records instanceof ReadAhead ahead) {
            ahead.close();
        }
        reader.close();
    }
}
