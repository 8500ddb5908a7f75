package org.tuodi.data.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.data.generate.GenerateRequest;
import org.tuodi.data.generate.GenerationReport;
import org.tuodi.data.generate.ProvinceGenerator;

/**
 * {@code tuodi generate}: reads the options, writes a synthetic province (households.csv,
 * members.csv, events.csv) into a directory, prints the report; progress goes to stderr.
 */
final class GenerateCommand {

    private static final List<String> OPTIONS =
            List.of("--province", "--scale", "--months", "--seed", "--start", "--out");
    private static final List<String> REQUIRED =
            List.of("--province", "--scale", "--months", "--seed", "--out");

    private final PrintStream out;
    private final PrintStream err;

    GenerateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        if (List.of(args).contains("--help")) {
            out.print(Tuodi.USAGE_TEXT);
            return Tuodi.OK;
        }
        GenerateRequest request;
        ProvinceGenerator generator;
        try {
            Map<String, String> options = CommandOptions.parse(args, OPTIONS, REQUIRED);
            request = request(options);
            generator = new ProvinceGenerator(RegionDirectory.load());
            List<String> supported = generator.supportedProvinces();
            if (!supported.contains(request.province())) {
                throw new UsageException(
                        "--province "
                                + request.province()
                                + " cannot be generated: households sit in real villages, and the"
                                + " bundled division data has every village only for province "
                                + String.join(", ", supported));
            }
        } catch (UsageException e) {
            return Tuodi.usageError(err, e.getMessage());
        }
        try {
            GenerationReport report = generator.generate(request, err::println);
            report.lines().forEach(out::println);
            return Tuodi.OK;
        } catch (IOException | RuntimeException e) {
            err.println("tuodi generate: failed: " + e.getMessage());
            return Tuodi.FAILURE;
        }
    }

    private static GenerateRequest request(Map<String, String> options) throws UsageException {
        String province = options.get("--province");
        if (!province.matches("[0-9]{2}")) {
            throw new UsageException(
                    "--province must be a 2-digit province code such as 41, not '"
                            + province
                            + "'");
        }
        double scale = scale(options.get("--scale"));
        int months = months(options.get("--months"));
        long seed = seed(options.get("--seed"));
        LocalDate start =
                options.containsKey("--start")
                        ? start(options.get("--start"))
                        : GenerateRequest.PLATFORM_LAUNCH;
        Path dir = Path.of(options.get("--out"));
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("--out " + dir + " is a file; name a directory");
        }
        return new GenerateRequest(province, scale, months, seed, start, dir);
    }

    private static double scale(String value) throws UsageException {
        try {
            double scale = Double.parseDouble(value);
            if (value.matches("[0-9]*\\.?[0-9]+") && scale > 0 && scale <= 2) {
                return scale;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(
                "--scale must be a number more than 0 and at most 2 (1 = Henan), not '"
                        + value
                        + "'");
    }

    private static int months(String value) throws UsageException {
        if (value.matches("[0-9]{1,2}")) {
            int months = Integer.parseInt(value);
            if (months >= 1 && months <= GenerateRequest.MAX_MONTHS) {
                return months;
            }
        }
        throw new UsageException(
                "--months must be a whole number from 1 to 36, not '" + value + "'");
    }

    private static long seed(String value) throws UsageException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(
                    "--seed must be a whole number (64-bit signed), not '" + value + "'");
        }
    }

    private static LocalDate start(String value) throws UsageException {
        LocalDate start;
        try {
            start = value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? LocalDate.parse(value) : null;
        } catch (DateTimeException e) {
            throw new UsageException("--start: no such date '" + value + "'");
        }
        if (start == null) {
            throw new UsageException("--start must be a date as yyyy-mm-dd, not '" + value + "'");
        }
        if (start.getDayOfMonth() != 1) {
            throw new UsageException("--start must be the first day of a month, not " + start);
        }
        return start;
    }
}
