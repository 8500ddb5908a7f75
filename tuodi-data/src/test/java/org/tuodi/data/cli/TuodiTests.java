package org.tuodi.data.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuodi.data.Fixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuodi.data.Fixtures;

class TuodiTests {

    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path households;
    private Path members;
    private Path events;

    @BeforeEach
    void files() {
        String person = Fixtures.id("41112219540312026");
        households =
                write(
                        dir,
                        "households.csv",
                        "household_id,region_code,categories,residence,per_capita_monthly_income",
                        "H1,411122101201,DIBAO_EDGE,RURAL,820");
        members =
                write(
                        dir,
                        "members.csv",
                        "household_id,id_number,name,relation",
                        "H1," + person + ",张桂英,PARENT");
        events =
                write(
                        dir,
                        "events.csv",
                        "event_id,source,type,id_number,occurred_on,out_of_pocket",
                        "YB-1,MEDICAL_INSURANCE,MEDICAL_SETTLEMENT," + person + ",2024-07-18,5000",
                        "YB-2,MEDICAL_INSURANCE,MEDICAL_SETTLEMENT," + person + ",2024-09-01,10");
    }

    private int run(String... args) {
        return Tuodi.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String[] scanArgs(String... more) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "scan",
                                "--households",
                                households.toString(),
                                "--members",
                                members.toString(),
                                "--events=" + events,
                                "--out",
                                dir.resolve("out/alerts.csv").toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scansAndWritesTheAlertsWithExitCodeZero() throws Exception {
        int code = run(scanArgs());

        assertThat(code).isZero();
        List<String> alerts = Files.readAllLines(dir.resolve("out/alerts.csv"));
        assertThat(alerts).hasSize(2);
        assertThat(alerts.get(1))
                .startsWith(
                        "H1,411122101201,GENERAL,80,RAISE,"
                                + "MEDICAL_OOP_12M_5000;ELDERLY_MEMBER_70;SINGLE_PERSON_HOUSEHOLD,"
                                + "MEDICAL_INSURANCE:YB-1,")
                .endsWith(",2024-07-18");
        assertThat(dir.resolve("out/rejects.csv")).exists();
        assertThat(dir.resolve("out/unmatched.csv")).exists();
        assertThat(stdout())
                .contains("events.read=2\n", "as_of=2024-09-01\n", "alerts.written=1\n");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void countsRecordsAfterTheAsOfOption() {
        int code = run(scanArgs("--as-of", "2024-08-01"));

        assertThat(code).isZero();
        assertThat(stdout()).contains("events.after_as_of=1\n", "as_of.from=option\n");
    }

    @Test
    void printsTheUsageForHelp() {
        assertThat(run("help")).isZero();
        assertThat(stdout()).startsWith("Usage:").contains("tuodi scan --households FILE");
        assertThat(run("--help")).isZero();
        assertThat(run("scan", "--help")).isZero();
    }

    @Test
    void failsWithExitCodeTwoAndAClearMessageOnAMissingOption() {
        int code = run("scan", "--households", households.toString());

        assertThat(code).isEqualTo(2);
        assertThat(stderr())
                .isEqualTo(
                        "tuodi: missing required option --members"
                                + System.lineSeparator()
                                + "Run 'tuodi help' for usage."
                                + System.lineSeparator());
        assertThat(stdout()).isEmpty();
    }

    @Test
    void failsWithExitCodeTwoOnUsageErrors() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("screen")).isEqualTo(2);
        assertThat(stderr()).contains("tuodi: unknown command 'screen'");
        assertThat(run(scanArgs("--verbose"))).isEqualTo(2);
        assertThat(stderr()).contains("tuodi: unknown option '--verbose'");
        assertThat(run(scanArgs("--as-of", "15.08.2024"))).isEqualTo(2);
        assertThat(stderr()).contains("--as-of must be a date as yyyy-mm-dd, not '15.08.2024'");
        assertThat(run(scanArgs("--as-of"))).isEqualTo(2);
        assertThat(stderr()).contains("option --as-of needs a value");
        assertThat(run(scanArgs("--out", "again.csv"))).isEqualTo(2);
        assertThat(stderr()).contains("option --out is given twice");
        assertThat(run(scanArgs("extra"))).isEqualTo(2);
        assertThat(stderr()).contains("unexpected argument 'extra'");
    }

    @Test
    void failsWithExitCodeTwoOnAnUnreadableInputFile() {
        Path missing = dir.resolve("nope.csv");

        int code =
                run(
                        "scan",
                        "--households",
                        missing.toString(),
                        "--members",
                        members.toString(),
                        "--events",
                        events.toString(),
                        "--out",
                        dir.resolve("alerts.csv").toString());

        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains("cannot read --households " + missing + ": no such file");
        assertThat(dir.resolve("alerts.csv")).doesNotExist();
    }

    @Test
    void refusesToOverwriteAnInputFile() {
        int code =
                run(
                        "scan",
                        "--households",
                        households.toString(),
                        "--members",
                        members.toString(),
                        "--events",
                        events.toString(),
                        "--out",
                        events.toString());

        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains("would overwrite its input");
    }

    @Test
    void failsWithExitCodeOneWhenAFileLacksARequiredColumnAndWritesNothing() throws Exception {
        Files.writeString(events, "event_id,source,type,id_number\nE,HEALTH,X,1\n");

        int code = run(scanArgs());

        assertThat(code).isEqualTo(1);
        assertThat(stderr())
                .contains("tuodi scan: failed: events.csv: missing required column occurred_on");
        assertThat(dir.resolve("out/alerts.csv")).doesNotExist();
        assertThat(dir.resolve("out/rejects.csv")).doesNotExist();
    }

    @Test
    void screensWithARuleSetFileGivenWithRules() throws Exception {
        String reference =
                new String(
                        org.tuodi.core.rules.RuleSetFormat.class
                                .getResourceAsStream("henan-reference.json")
                                .readAllBytes(),
                        StandardCharsets.UTF_8);
        Path rules =
                write(
                        dir,
                        "county-rules.json",
                        reference
                                .replace("\"version\": \"2023.09-1\"", "\"version\": \"county-1\"")
                                .replace(
                                        "\"threshold\": \"5000.00\"",
                                        "\"threshold\": \"6000.00\""));

        int code = run(scanArgs("--rules", rules.toString()));

        assertThat(code).isZero();
        assertThat(stdout()).contains("rule_set.version=county-1").contains("alerts.written=0");
    }

    @Test
    void failsWithTheLineAndFieldOfABrokenRuleSetFile() {
        Path rules =
                write(
                        dir,
                        "broken.json",
                        "{",
                        "  \"format\": \"tuodi-rule-set/1\",",
                        "  \"id\": \"x\",",
                        "  \"tresHold\": 1",
                        "}");

        int code = run(scanArgs("--rules", rules.toString()));

        assertThat(code).isEqualTo(1);
        assertThat(stderr()).contains("broken.json").contains("line 4").contains("tresHold");
        assertThat(Files.exists(dir.resolve("out/alerts.csv"))).isFalse();
    }
}
