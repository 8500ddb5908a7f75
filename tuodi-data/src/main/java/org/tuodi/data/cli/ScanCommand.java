package org.tuodi.data.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tuodi.data.scan.RuleSource;
import org.tuodi.data.scan.Scan;
import org.tuodi.data.scan.ScanException;
import org.tuodi.data.scan.ScanReport;
import org.tuodi.data.scan.ScanRequest;

/**
 * {@code tuodi scan}: reads the options, checks the files, runs the screening, prints the report.
 */
final class ScanCommand {

    private static final List<String> OPTIONS =
            List.of("--households", "--members", "--events", "--rules", "--as-of", "--out");
    private static final List<String> REQUIRED =
            List.of("--households", "--members", "--events", "--out");

    private final PrintStream out;
    private final PrintStream err;

    ScanCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        if (List.of(args).contains("--help")) {
            out.print(Tuodi.USAGE_TEXT);
            return Tuodi.OK;
        }
        ScanRequest request;
        Optional<Path> rules;
        try {
            Map<String, String> options = options(args);
            rules = Optional.ofNullable(options.get("--rules")).map(Path::of);
            if (rules.isPresent()) {
                readable("--rules", rules.get());
            }
            request = request(options);
        } catch (UsageException e) {
            return Tuodi.usageError(err, e.getMessage());
        }
        try {
            Path parent = request.out().toAbsolutePath().getParent();
            Files.createDirectories(parent);
            ScanReport report = new Scan(RuleSource.standard(rules)).run(request);
            report.lines().forEach(out::println);
            return Tuodi.OK;
        } catch (ScanException | IOException e) {
            err.println("tuodi scan: failed: " + e.getMessage());
            return Tuodi.FAILURE;
        }
    }

    private static Map<String, String> options(String[] args) throws UsageException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (!name.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            if (!OPTIONS.contains(name)) {
                throw new UsageException("unknown option '" + name + "'");
            }
            String value;
            if (equals > 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new UsageException("option " + name + " needs a value");
            }
            if (value.isBlank()) {
                throw new UsageException("option " + name + " needs a value");
            }
            if (options.put(name, value) != null) {
                throw new UsageException("option " + name + " is given twice");
            }
        }
        for (String name : REQUIRED) {
            if (!options.containsKey(name)) {
                throw new UsageException("missing required option " + name);
            }
        }
        return options;
    }

    private static ScanRequest request(Map<String, String> options) throws UsageException {
        Path households = readable("--households", Path.of(options.get("--households")));
        Path members = readable("--members", Path.of(options.get("--members")));
        Path events = readable("--events", Path.of(options.get("--events")));
        Optional<LocalDate> asOf = Optional.empty();
        if (options.containsKey("--as-of")) {
            asOf = Optional.of(date(options.get("--as-of")));
        }
        ScanRequest request =
                new ScanRequest(households, members, events, asOf, Path.of(options.get("--out")));
        checkOutputs(request);
        return request;
    }

    private static Path readable(String option, Path path) throws UsageException {
        if (!Files.exists(path)) {
            throw new UsageException("cannot read " + option + " " + path + ": no such file");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new UsageException(
                    "cannot read " + option + " " + path + ": not a readable file");
        }
        return path;
    }

    private static LocalDate date(String value) throws UsageException {
        if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new UsageException("--as-of must be a date as yyyy-mm-dd, not '" + value + "'");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new UsageException("--as-of: no such date '" + value + "'");
        }
    }

    /** No output may overwrite an input, and alerts.csv is not its own rejects file. */
    private static void checkOutputs(ScanRequest r) throws UsageException {
        if (Files.isDirectory(r.out())) {
            throw new UsageException("--out " + r.out() + " is a directory; name a file");
        }
        List<Path> outputs = List.of(r.out(), r.rejectsFile(), r.unmatchedFile());
        if (outputs.stream().map(ScanCommand::normal).distinct().count() < 3) {
            throw new UsageException(
                    "--out must not be named rejects.csv or unmatched.csv: they are written"
                            + " next to it");
        }
        for (Path input : List.of(r.households(), r.members(), r.events())) {
            for (Path output : outputs) {
                if (normal(input).equals(normal(output))) {
                    throw new UsageException(
                            "the scan would overwrite its input " + input + " with " + output);
                }
            }
        }
    }

    private static Path normal(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
