package org.tuodi.server.registry.internal;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.LongUnaryOperator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tuodi.server.platform.InvalidInputProblem;

/**
 * The files of an import: copied from the request into a temporary directory before the request
 * ends (the job runs after it), named {@code households.csv} or {@code households.xlsx} by their
 * first bytes (an XLSX is a zip: {@code PK\3\4}), converted from XLSX to CSV when needed, and
 * deleted when the job is done.
 */
public final class ImportUploads {

    private static final Logger log = LoggerFactory.getLogger(ImportUploads.class);

    private ImportUploads() {}

    /** An uploaded file, read once. */
    public interface Upload {
        InputStream open() throws IOException;
    }

    /** A CSV upload as it is; an XLSX upload converted to CSV next to it. */
    static ImportFile prepare(Path upload) {
        String name = upload.getFileName().toString();
        if (name.endsWith(".xlsx")) {
            Path csv = upload.resolveSibling(name.replace(".xlsx", ".converted.csv"));
            XlsxSheets.Converted converted = XlsxSheets.toCsv(upload, csv, name);
            return new ImportFile(csv, name, converted.dataRows(), converted::sheetRow);
        }
        return new ImportFile(upload, name, dataRows(upload), LongUnaryOperator.identity());
    }

    /** Data rows of a CSV file (records after the header; blank lines are not rows). */
    private static long dataRows(Path csv) {
        try (CsvReader<?> reader =
                        CsvReader.builder()
                                .allowExtraFields(true)
                                .allowMissingFields(true)
                                .allowExtraCharsAfterClosingQuote(true)
                                .ofCsvRecord(csv, StandardCharsets.UTF_8);
                Stream<?> records = reader.stream()) {
            return Math.max(0, records.count() - 1);
        } catch (IOException | RuntimeException e) {
            return 0; // the readers will report what is wrong with the file
        }
    }

    /** Copies an upload to {@code <part>.csv} or {@code <part>.xlsx}, by its first bytes. */
    static Path store(Upload upload, Path dir, String part) {
        Path raw = dir.resolve(part + ".upload");
        try (InputStream in = upload.open()) {
            Files.copy(in, raw);
            byte[] head = new byte[8];
            int n;
            try (InputStream peek = Files.newInputStream(raw)) {
                n = peek.readNBytes(head, 0, head.length);
            }
            if (n == 0) {
                throw new InvalidInputProblem(part, "the file is empty");
            }
            String extension = extension(head, n, part);
            return Files.move(raw, dir.resolve(part + extension));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload", e);
        }
    }

    private static String extension(byte[] head, int n, String part) {
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return ".xlsx";
        }
        if (n >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF) {
            throw new InvalidInputProblem(
                    part, "an XLS (Excel 97-2003) workbook: save it as XLSX or CSV (UTF-8)");
        }
        return ".csv";
    }

    static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("tuodi-import-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("import_cleanup_failed dir={}", dir);
        }
    }
}
