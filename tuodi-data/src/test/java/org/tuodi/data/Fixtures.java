package org.tuodi.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.tuodi.core.household.NationalId;
import org.tuodi.data.csv.CsvFile;
import org.tuodi.data.csv.FileCounts;
import org.tuodi.data.csv.Reject;
import org.tuodi.data.csv.RowReader;

/** Test files and a way to read one through a reader, collecting records and rejects. */
public final class Fixtures {

    private Fixtures() {}

    /** A valid identity number from its first 17 digits. */
    public static String id(String first17) {
        return first17 + NationalId.checkCharacter(first17);
    }

    /** Writes the lines, each ended by LF, as UTF-8. */
    public static Path write(Path dir, String name, String... lines) {
        return writeBytes(
                dir, name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public static Path writeBytes(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a reader made of a file. */
    public record Read<T>(
            List<T> records, List<Long> lines, List<Reject> rejects, FileCounts counts) {

        public T only() {
            if (records.size() != 1) {
                throw new AssertionError("expected one record, got " + records + " " + rejects);
            }
            return records.get(0);
        }

        public Reject onlyReject() {
            if (rejects.size() != 1) {
                throw new AssertionError("expected one reject, got " + rejects);
            }
            return rejects.get(0);
        }
    }

    public static <T> Read<T> read(
            Path path,
            List<String> required,
            List<String> known,
            BiFunction<CsvFile, Consumer<Reject>, RowReader<T>> reader) {
        return read(path, required, known, reader, false);
    }

    /** As {@link #read}, with the CSV parsing on a second thread ({@code openReadingAhead}). */
    public static <T> Read<T> readAhead(
            Path path,
            List<String> required,
            List<String> known,
            BiFunction<CsvFile, Consumer<Reject>, RowReader<T>> reader) {
        return read(path, required, known, reader, true);
    }

    private static <T> Read<T> read(
            Path path,
            List<String> required,
            List<String> known,
            BiFunction<CsvFile, Consumer<Reject>, RowReader<T>> reader,
            boolean ahead) {
        List<T> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        try (CsvFile file =
                ahead
                        ? CsvFile.openReadingAhead(path, required, known)
                        : CsvFile.open(path, required, known)) {
            RowReader<T> r = reader.apply(file, rejects::add);
            r.read(
                    (line, record) -> {
                        lines.add(line);
                        records.add(record);
                    });
            return new Read<>(records, lines, rejects, r.counts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
