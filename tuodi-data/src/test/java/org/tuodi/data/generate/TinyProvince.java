package org.tuodi.data.generate;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.tuodi.core.region.RegionDirectory;

/** A tiny Henan (scale 0.001, about 2,400 households) generated once for the tests that read it. */
final class TinyProvince {

    static final RegionDirectory REGIONS = RegionDirectory.load();
    static final double SCALE = 0.001;
    static final int MONTHS = 4;
    static final LocalDate START = LocalDate.of(2023, 9, 1);

    private TinyProvince() {}

    static GenerateRequest request(Path dir, long seed) {
        return new GenerateRequest("41", SCALE, MONTHS, seed, START, dir);
    }

    static GenerationReport generate(Path dir, long seed) {
        try {
            return new ProvinceGenerator(REGIONS).generate(request(dir, seed), line -> {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All rows of a CSV file, by column name. */
    static List<NamedCsvRecord> rows(Path file) {
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            return csv.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
