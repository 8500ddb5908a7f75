package org.tuodi.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuodi.data.cli.Tuodi;

@DisplayName("tuodi: one jar for serve, demo and the data commands")
class TuodiCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> started = new ArrayList<>();

    private int run(String... args) {
        return TuodiCommand.run(
                args,
                stream(out),
                stream(err),
                (profile, springArgs) -> record(profile, springArgs));
    }

    private void record(String profile, String[] springArgs) {
        started.add(profile);
        started.addAll(List.of(springArgs));
    }

    private static PrintStream stream(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** What the data command line itself answers: exit code, stdout, stderr. */
    private static List<Object> tuodi(String... args) {
        ByteArrayOutputStream dataOut = new ByteArrayOutputStream();
        ByteArrayOutputStream dataErr = new ByteArrayOutputStream();
        int code = Tuodi.run(args, stream(dataOut), stream(dataErr));
        return List.of(
                code,
                dataOut.toString(StandardCharsets.UTF_8),
                dataErr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void handsScanToTheDataCommandLine() {
        int code = run("scan", "--households", "missing.csv");

        assertThat(List.<Object>of(code, stdout(), stderr()))
                .isEqualTo(tuodi("scan", "--households", "missing.csv"));
        assertThat(code).isEqualTo(Tuodi.USAGE);
        assertThat(started).isEmpty();
    }

    @Test
    void screensTheSampleCountyThroughTheServerJarAsTheDataJarDoes(@TempDir Path dir) {
        Path samples = Path.of("..", "samples", "linying");

        int code =
                run(
                        "scan",
                        "--households",
                        samples.resolve("households.csv").toString(),
                        "--members",
                        samples.resolve("members.csv").toString(),
                        "--events",
                        samples.resolve("events.csv").toString(),
                        "--out",
                        dir.resolve("alerts.csv").toString());

        assertThat(code).isEqualTo(Tuodi.OK);
        assertThat(stdout()).contains("households.accepted=12", "households.alerted.URGENT=3");
    }

    @Test
    void handsGenerateToTheDataCommandLine() {
        int code = run("generate", "--province", "41");

        assertThat(List.<Object>of(code, stdout(), stderr()))
                .isEqualTo(tuodi("generate", "--province", "41"));
        assertThat(started).isEmpty();
    }

    @Test
    void helpListsServeAndDemoWithTheDataCommands() {
        int code = run("help");

        assertThat(code).isEqualTo(Tuodi.OK);
        assertThat(stdout())
                .startsWith("Usage:" + System.lineSeparator() + "  tuodi serve")
                .contains("  tuodi demo [--port N] [--data-dir DIR] [--speed N]")
                .contains("  tuodi scan --households FILE", "  tuodi generate --province CODE")
                .contains("--tuodi.db.embedded=false", "Exit codes:")
                .contains(
                        "  tuodi keys rotate [--data-dir DIR]", "keys init: writes a new key file");
        assertThat(stdout()).contains(tuodiHelpWithoutSynopsis());
        assertThat(started).isEmpty();
    }

    private static String tuodiHelpWithoutSynopsis() {
        String help = (String) tuodi("help").get(1);
        return help.substring(help.indexOf("scan: "));
    }

    @Test
    void answersAnUnknownCommandWithTheUsageAndExitCode2() {
        int code = run("frobnicate");

        assertThat(code).isEqualTo(Tuodi.USAGE);
        assertThat(stderr())
                .startsWith("tuodi: unknown command 'frobnicate'")
                .contains("Usage:", "tuodi serve", "tuodi demo", "tuodi scan");
        assertThat(stdout()).isEmpty();
        assertThat(started).isEmpty();
    }

    @Test
    void helpListsTheAuditVerification() {
        run("help");

        assertThat(stdout())
                .contains("  tuodi audit verify [--data-dir DIR] [--anchor SEQ:HASH ...]")
                .contains("audit verify: checks the audit trail's hash chain");
    }

    @Test
    void auditVerifyOfAFolderWithoutADatabaseFailsAndCreatesNone(@TempDir Path dir) {
        int code = run("audit", "verify", "--data-dir", dir.toString());

        assertThat(code).isEqualTo(Tuodi.FAILURE);
        assertThat(stderr())
                .startsWith("tuodi: the audit trail could not be read: there is no database in ")
                .contains(dir.resolve("postgres").toString());
        assertThat(dir.resolve("postgres")).doesNotExist();
    }

    @Test
    void answersAuditWithoutVerifyWithExitCode2AndStartsNothing() {
        int code = run("audit", "check");

        assertThat(code).isEqualTo(Tuodi.USAGE);
        assertThat(stderr()).startsWith("tuodi: unknown audit subcommand 'check'");
        assertThat(started).isEmpty();
    }

    @Test
    void answersNoCommandWithTheUsageAndExitCode2() {
        assertThat(run()).isEqualTo(Tuodi.USAGE);
        assertThat(stderr()).startsWith("Usage:");
    }

    @Test
    void refusesAPortThatIsNotANumber() {
        int code = run("serve", "--port", "x");

        assertThat(code).isEqualTo(Tuodi.USAGE);
        assertThat(stderr())
                .contains("option --port needs a whole number from 0 to 65535: 'x'")
                .contains("Run 'tuodi help' for usage.");
        assertThat(started).isEmpty();
    }

    @Test
    void startsTheServerInTheServeProfileOnThePortAndDataFolderGiven(@TempDir Path dir) {
        int code = run("serve", "--port", "9090", "--data-dir=" + dir);

        assertThat(code).isEqualTo(TuodiCommand.SERVING);
        assertThat(started)
                .containsExactly(
                        "serve",
                        "--server.port=9090",
                        "--tuodi.db.data-dir=" + dir.toAbsolutePath().resolve("postgres"));
    }

    @Test
    void startsTheDemoWithTheSimulatorSpeedGiven() {
        int code = run("demo", "--speed", "120", "--port", "0");

        assertThat(code).isEqualTo(TuodiCommand.SERVING);
        assertThat(started)
                .containsExactly("demo", "--tuodi.demo.simulator.speed=120", "--server.port=0");
    }

    @Test
    void passesServerSettingsOnAsTheyAreForAnExternalPostgresql() {
        int code =
                run(
                        "serve",
                        "--tuodi.db.embedded=false",
                        "--spring.datasource.url=jdbc:postgresql://db.example:5432/tuodi");

        assertThat(code).isEqualTo(TuodiCommand.SERVING);
        assertThat(started)
                .containsExactly(
                        "serve",
                        "--tuodi.db.embedded=false",
                        "--spring.datasource.url=jdbc:postgresql://db.example:5432/tuodi");
    }

    @Test
    void refusesASpeedOutsideTheDemoAndASettingGivenTwice() {
        assertThat(run("serve", "--speed", "60")).isEqualTo(Tuodi.USAGE);
        assertThat(run("demo", "--port", "1", "--server.port=2")).isEqualTo(Tuodi.USAGE);
        assertThat(run("demo", "--colour", "red")).isEqualTo(Tuodi.USAGE);

        assertThat(stderr())
                .contains("option --speed is for tuodi demo only")
                .contains("option --server.port is given twice")
                .contains("unknown option '--colour'");
        assertThat(started).isEmpty();
    }

    @Test
    void exitsWith1WhenTheServerDoesNotStart() {
        int code =
                TuodiCommand.run(
                        new String[] {"serve"},
                        stream(out),
                        stream(err),
                        (profile, args) -> {
                            throw new IllegalStateException("port 8080 is in use");
                        });

        assertThat(code).isEqualTo(Tuodi.FAILURE);
        assertThat(stderr()).contains("the server did not start: port 8080 is in use");
    }

    @Test
    void keysInitWritesANewKeyFileInTheDataFolderAndNeverReplacesOne(@TempDir Path dir)
            throws Exception {
        int code = run("keys", "init", "--data-dir", dir.toString());
        Path file = dir.toAbsolutePath().resolve("keys.properties");
        String written = java.nio.file.Files.readString(file);

        int again = run("keys", "init", "--data-dir", dir.toString());

        assertThat(code).isEqualTo(Tuodi.OK);
        assertThat(stdout()).contains("key file written: " + file);
        assertThat(written).contains("active=k1", "key.k1=", "lookup=");
        assertThat(again).isEqualTo(Tuodi.FAILURE);
        assertThat(stderr()).contains("exists already; it is not replaced");
        assertThat(java.nio.file.Files.readString(file)).isEqualTo(written);
        assertThat(started).isEmpty();
    }

    @Test
    void keysRotateRunsTheRotationOnTheServerSettingsWithTheBatchGiven(@TempDir Path dir) {
        List<String> rotated = new ArrayList<>();
        int code =
                TuodiCommand.run(
                        new String[] {
                            "keys", "rotate", "--data-dir", dir.toString(), "--batch", "50"
                        },
                        stream(out),
                        stream(err),
                        (profile, springArgs) -> record(profile, springArgs),
                        (springArgs, batch) -> {
                            rotated.addAll(List.of(springArgs));
                            rotated.add("batch=" + batch);
                            return "keys rotated: active key k2";
                        });

        assertThat(code).isEqualTo(Tuodi.OK);
        assertThat(rotated)
                .containsExactly(
                        "--tuodi.db.data-dir="
                                + dir.toAbsolutePath().normalize().resolve("postgres"),
                        "batch=50");
        assertThat(stdout()).contains("keys rotated: active key k2");
        assertThat(started).isEmpty();
    }

    @Test
    void keysNeedsASubcommandAndAWholeBatchSize() {
        assertThat(run("keys")).isEqualTo(Tuodi.USAGE);
        assertThat(stderr()).contains("keys needs 'init' or 'rotate'");
        assertThat(run("keys", "rotate", "--batch", "none")).isEqualTo(Tuodi.USAGE);
        assertThat(stderr()).contains("option --batch needs a whole number from 1 to 100000");
        assertThat(run("keys", "init")).isEqualTo(Tuodi.USAGE);
        assertThat(stderr()).contains("keys init needs --key-file PATH or --data-dir DIR");
    }
}
