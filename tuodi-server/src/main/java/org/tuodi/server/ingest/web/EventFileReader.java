package org.tuodi.server.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.data.csv.CsvFile;
import org.tuodi.data.csv.Reject;
import org.tuodi.data.events.EventReader;

/**
 * Reads an uploaded events.csv with tuodi-data's {@link EventReader}: every row is either taken or
 * rejected with its line, column and reason (docs/formats-notes.md). The upload is copied to a
 * temporary file first, because the reader streams from a path; the file is deleted afterwards.
 */
final class EventFileReader {

    private EventFileReader() {}

    /** A taken row with the line it starts on. */
    record Line(long line, DepartmentEvent event) {}

    record Read(List<Line> lines, List<Reject> rejects) {}

    /**
     * @throws org.tuodi.data.csv.FileFormatException if the file as a whole is not events.csv
     */
    static Read read(InputStream upload) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tuodi-events-");
            Path file = dir.resolve("events.csv");
            Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
            List<Line> lines = new ArrayList<>();
            List<Reject> rejects = new ArrayList<>();
            try (CsvFile csv = CsvFile.open(file, EventReader.REQUIRED, EventReader.COLUMNS)) {
                new EventReader(csv, rejects::add)
                        .read((line, event) -> lines.add(new Line(line, event)));
            }
            return new Read(lines, rejects);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded events file", e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless; the OS cleans it up
        }
    }
}
