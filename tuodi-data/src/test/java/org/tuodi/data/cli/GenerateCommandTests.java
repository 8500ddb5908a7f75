package org.tuodi.data.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("tuodi generate: options, usage errors, report and progress")
class GenerateCommandTests {

    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Tuodi.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String[] generate(String... changes) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "generate",
                                "--province",
                                "41",
                                "--scale",
                                "0.0002",
                                "--months",
                                "2",
                                "--seed",
                                "5",
                                "--out",
                                dir.resolve("henan").toString()));
        for (int i = 0; i < changes.length; i += 2) {
            int at = args.indexOf(changes[i]);
            if (at < 0) {
                args.add(changes[i]);
                args.add(changes[i + 1]);
            } else if (changes[i + 1] == null) {
                args.remove(at + 1);
                args.remove(at);
            } else {
                args.set(at + 1, changes[i + 1]);
            }
        }
        return args.toArray(String[]::new);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheThreeFilesAndPrintsTheReportWithProgressOnStderr() throws Exception {
        int code = run(generate());

        assertThat(code).isZero();
        Path henan = dir.resolve("henan");
        assertThat(henan.resolve("households.csv")).exists();
        assertThat(henan.resolve("members.csv")).exists();
        assertThat(Files.readAllLines(henan.resolve("events.csv")).get(0))
                .startsWith("event_id,source,type,id_number,occurred_on,");
        assertThat(stdout())
                .contains(
                        "province=41\n",
                        "province.name=河南省\n",
                        "households=473\n",
                        "scale=0.0002\n")
                .contains("start=2023-09-01\n", "months=2\n", "records.MEDICAL_SETTLEMENT=");
        assertThat(stderr())
                .contains("generate: households=473/473", "generate: month=2023-10 records=");
    }

    @Test
    void startsTheMonthsOnTheGivenDate() {
        int code = run(generate("--start", "2024-01-01", "--months", "1"));

        assertThat(code).isZero();
        assertThat(stdout()).contains("start=2024-01-01\n");
        assertThat(stderr()).contains("generate: month=2024-01 records=");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--scale | 0 | --scale must be a number more than 0 and at most 2 (1 = Henan), not '0'",
                "--scale | 2.5 | --scale must be a number more than 0 and at most 2 (1 = Henan), not '2.5'",
                "--scale | 1e-3 | --scale must be a number more than 0 and at most 2 (1 = Henan), not '1e-3'",
                "--months | 0 | --months must be a whole number from 1 to 36, not '0'",
                "--months | 37 | --months must be a whole number from 1 to 36, not '37'",
                "--seed | x1 | --seed must be a whole number (64-bit signed), not 'x1'",
                "--start | 2023-09-15 | --start must be the first day of a month, not 2023-09-15",
                "--start | 2023-02-30 | --start: no such date '2023-02-30'",
                "--start | 1.9.2023 | --start must be a date as yyyy-mm-dd, not '1.9.2023'",
                "--province | 4101 | '--province must be a 2-digit province code such as 41, not ''4101'''",
            })
    void failsWithExitCodeTwoOnABadValue(String option, String value, String message) {
        int code = run(generate(option, value));

        assertThat(code).isEqualTo(Tuodi.USAGE);
        assertThat(stderr())
                .isEqualTo(
                        "tuodi: "
                                + message
                                + System.lineSeparator()
                                + "Run 'tuodi help' for usage."
                                + System.lineSeparator());
        assertThat(dir.resolve("henan")).doesNotExist();
    }

    @Test
    void refusesAProvinceWithoutBundledVillagesNamingTheSupportedOnes() {
        int code = run(generate("--province", "11"));

        assertThat(code).isEqualTo(Tuodi.USAGE);
        assertThat(stderr())
                .contains(
                        "tuodi: --province 11 cannot be generated: households sit in real"
                                + " villages, and the bundled division data has every village only"
                                + " for province 41");
    }

    @Test
    void failsWithExitCodeTwoOnAMissingOrRepeatedOption() {
        assertThat(run(generate("--seed", null))).isEqualTo(Tuodi.USAGE);
        assertThat(stderr()).contains("tuodi: missing required option --seed");
        assertThat(run(generate("--out", null))).isEqualTo(Tuodi.USAGE);
        assertThat(stderr()).contains("tuodi: missing required option --out");
        String[] twice = generate();
        List<String> args = new ArrayList<>(List.of(twice));
        args.addAll(List.of("--seed", "6"));
        assertThat(run(args.toArray(String[]::new))).isEqualTo(Tuodi.USAGE);
        assertThat(stderr()).contains("option --seed is given twice");
        assertThat(run(generate("--format", "parquet"))).isEqualTo(Tuodi.USAGE);
        assertThat(stderr()).contains("unknown option '--format'");
    }

    @Test
    void refusesAnOutputThatIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");

        int code = run(generate("--out", file.toString()));

        assertThat(code).isEqualTo(Tuodi.USAGE);
        assertThat(stderr()).contains("--out " + file + " is a file; name a directory");
    }

    @Test
    void listsTheCommandInTheUsage() {
        assertThat(run("help")).isZero();
        assertThat(stdout()).contains("tuodi generate --province CODE --scale S --months N");
        assertThat(run("generate", "--help")).isZero();
    }
}
