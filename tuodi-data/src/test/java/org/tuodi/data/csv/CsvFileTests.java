package org.tuodi.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tuodi.data.Fixtures.read;
import static org.tuodi.data.Fixtures.write;
import static org.tuodi.data.Fixtures.writeBytes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuodi.data.Fixtures.Read;

class CsvFileTests {

    private static final List<String> REQUIRED = List.of("name", "amount");
    private static final List<String> KNOWN = List.of("name", "amount", "note");

    @TempDir Path dir;

    /** Reads name|amount|note of each row. */
    static final class Pairs extends RowReader<String> {
        Pairs(CsvFile file, Consumer<Reject> rejects) {
            super(file, rejects);
        }

        @Override
        protected String parse(Row row) {
            return Cells.required(row, "name")
                    + "|"
                    + Cells.amount(row, "amount")
                    + "|"
                    + row.get("note");
        }
    }

    private Read<String> readFile(Path path) {
        return read(path, REQUIRED, KNOWN, Pairs::new);
    }

    @Test
    void acceptsAUtf8ByteOrderMark() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("name,amount\n李新,5000\n".getBytes(StandardCharsets.UTF_8));

        Read<String> read = readFile(writeBytes(dir, "bom.csv", bytes.toByteArray()));

        assertThat(read.records()).containsExactly("李新|5000.00|null");
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesLineBreaksAndChineseText() {
        Path file =
                write(
                        dir,
                        "quoted.csv",
                        "name,amount,note",
                        "\"西街村, 三组\",1.5,\"他说 \"\"救助\"\"\"",
                        "\"两行\n地址\",2,",
                        "last,3,x");

        Read<String> read = readFile(file);

        assertThat(read.records())
                .containsExactly("西街村, 三组|1.50|他说 \"救助\"", "两行\n地址|2.00|null", "last|3.00|x");
        assertThat(read.lines()).containsExactly(2L, 3L, 5L);
    }

    @Test
    void takesColumnsInAnyOrderAndIgnoresUnknownOnes() {
        Path file = write(dir, "extra.csv", "amount,Name,remark,name,amount_note", "7,X,r,real,99");

        Read<String> read = readFile(file);

        assertThat(read.records()).containsExactly("real|7.00|null");
    }

    @Test
    void failsAFileWithoutARequiredColumnNamingIt() {
        Path file = write(dir, "households.csv", "name,note", "a,b");

        assertThatThrownBy(() -> readFile(file))
                .isInstanceOf(FileFormatException.class)
                .hasMessage("households.csv: missing required column amount");
    }

    @Test
    void pointsOutAColumnNameThatDiffersOnlyInCaseOrSpaces() {
        Path file = write(dir, "x.csv", "name, Amount", "a,1");

        assertThatThrownBy(() -> readFile(file))
                .hasMessageContaining("missing required column amount (found ' Amount'");
    }

    @Test
    void failsAFileThatRepeatsAKnownColumn() {
        Path file = write(dir, "x.csv", "name,amount,amount", "a,1,2");

        assertThatThrownBy(() -> readFile(file))
                .hasMessage("x.csv: column amount appears twice in the header");
    }

    @Test
    void failsAnEmptyFile() {
        Path file = writeBytes(dir, "empty.csv", new byte[0]);

        assertThatThrownBy(() -> readFile(file)).hasMessageContaining("no header row");
    }

    @Test
    void rejectsARowWithTheWrongNumberOfFieldsAndGoesOn() {
        Path file = write(dir, "x.csv", "name,amount", "a,1", "b", "c,3,extra", "d,4");

        Read<String> read = readFile(file);

        assertThat(read.records()).containsExactly("a|1.00|null", "d|4.00|null");
        assertThat(read.rejects())
                .containsExactly(
                        new Reject(
                                "x.csv",
                                3,
                                "",
                                "the row has 1 fields, the header has 2 (RFC 4180: every row has"
                                        + " as many)"),
                        new Reject(
                                "x.csv",
                                4,
                                "",
                                "the row has 3 fields, the header has 2 (RFC 4180: every row has"
                                        + " as many)"));
        assertThat(read.counts()).isEqualTo(new FileCounts("x.csv", 4, 2, 2));
    }

    @Test
    void skipsBlankLinesAndReadsCrLfLineEnds() {
        Path file =
                writeBytes(
                        dir,
                        "crlf.csv",
                        "name,amount\r\n\r\na, 1 \r\n".getBytes(StandardCharsets.UTF_8));

        Read<String> read = readFile(file);

        assertThat(read.records()).containsExactly("a|1.00|null");
        assertThat(read.lines()).containsExactly(3L);
    }

    @Test
    void rejectsARowWhoseTextIsNotUtf8NamingTheColumn() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("name,amount,note\nok,1,\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("a,2,".getBytes(StandardCharsets.UTF_8));
        bytes.write("西街村\n".getBytes(java.nio.charset.Charset.forName("GBK")));

        Read<String> read = readFile(writeBytes(dir, "gbk.csv", bytes.toByteArray()));

        assertThat(read.records()).containsExactly("ok|1.00|null");
        assertThat(read.onlyReject())
                .isEqualTo(
                        new Reject(
                                "gbk.csv",
                                3,
                                "note",
                                "not UTF-8 text (a GBK file? formats.md files are UTF-8)"));
    }

    @Test
    void treatsAnEmptyOrBlankCellAsAbsent() {
        Path file = write(dir, "x.csv", "name,amount", "  ,1");

        Read<String> read = readFile(file);

        assertThat(read.onlyReject())
                .isEqualTo(new Reject("x.csv", 2, "name", "required value is missing"));
    }

    @Test
    void readingAheadGivesTheSameRowsLinesRejectsAndCountsInTheSameOrder() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("name,amount,note");
        for (int i = 0; i < 5_000; i++) {
            if (i % 997 == 0) {
                lines.add("short row " + i);
            } else if (i % 1_009 == 0) {
                lines.add("\"quoted\nacross lines " + i + "\",1.5,x");
            } else if (i % 503 == 0) {
                lines.add("bad amount " + i + ",1.234,");
            } else {
                lines.add("name " + i + "," + i + "." + (i % 100) + ",note " + i);
            }
        }
        Path file = write(dir, "many.csv", lines.toArray(new String[0]));

        Read<String> plain = readFile(file);
        Read<String> ahead = org.tuodi.data.Fixtures.readAhead(file, REQUIRED, KNOWN, Pairs::new);

        assertThat(ahead.records()).isEqualTo(plain.records()).hasSize(4_985);
        assertThat(ahead.lines()).isEqualTo(plain.lines());
        assertThat(ahead.rejects()).isEqualTo(plain.rejects()).hasSize(15);
        assertThat(ahead.counts()).isEqualTo(plain.counts());
    }

    @Test
    void aFileClosedBeforeItsEndStopsReadingAhead() throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("name,amount");
        for (int i = 0; i < 100_000; i++) {
            lines.add("n" + i + "," + i);
        }
        Path file = write(dir, "long.csv", lines.toArray(new String[0]));
        String first;
        try (CsvFile csv = CsvFile.openReadingAhead(file, REQUIRED, KNOWN)) {
            first = csv.iterator().next().get("name");
        }
        assertThat(first).isEqualTo("n0");
        Thread ahead =
                Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().equals("csv-read-ahead-long.csv"))
                        .findFirst()
                        .orElse(null);
        if (ahead != null) {
            ahead.join(10_000);
            assertThat(ahead.isAlive())
                    .as("the read-ahead thread ends once the file is closed")
                    .isFalse();
        }
    }
}
