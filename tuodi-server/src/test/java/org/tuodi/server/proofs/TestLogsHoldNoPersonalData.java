package org.tuodi.server.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 日志不含个人信息: the last step of the server's tests. Every test JVM of the build (surefire, failsafe,
 * the server processes of {@link CrashSafetyIT}) logs to {@code target/test-logs/}; this scans all
 * of it for identity numbers, phone numbers and the fixtures' names. Not an {@code *IT}: failsafe
 * runs it in an execution of its own after the integration tests (tuodi-server/pom.xml, execution
 * {@code log-scan}). {@link PersonalDataScannerTests} proves the scanner finds them.
 */
class TestLogsHoldNoPersonalData {

    static final Path LOGS = Path.of("target", "test-logs");

    @Test
    void theLogsOfTheWholeTestSuiteHoldNoIdentityNumberPhoneOrName() throws Exception {
        assertThat(LOGS).as("the test logs (logback-test.xml)").isDirectory();
        try (var files = Files.list(LOGS)) {
            assertThat(files.filter(f -> f.toString().endsWith(".log")).count()).isPositive();
        }

        List<PersonalDataScanner.Finding> findings =
                new PersonalDataScanner(FixtureNames.all()).scanDirectory(LOGS);

        assertThat(findings).as("personal data in the test logs").isEmpty();
    }
}
