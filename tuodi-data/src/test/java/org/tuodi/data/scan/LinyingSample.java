package org.tuodi.data.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** The sample data set of samples/linying (临颍县繁城回族镇), as a scan request. */
final class LinyingSample {

    static final Path DIR = locate();

    private LinyingSample() {}

    private static Path locate() {
        for (Path candidate :
                new Path[] {Path.of("..", "samples", "linying"), Path.of("samples", "linying")}) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "samples/linying not found from " + Path.of("").toAbsolutePath());
    }

    static ScanRequest request(Path out, Optional<LocalDate> asOf) {
        return new ScanRequest(
                DIR.resolve("households.csv"),
                DIR.resolve("members.csv"),
                DIR.resolve("events.csv"),
                asOf,
                out);
    }
}
