package org.tuodi.server.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log scan finds what it must, and only that, and never repeats it whole. */
class PersonalDataScannerTests {

    static final String ID = "411122195303080444";

    final PersonalDataScanner scanner = new PersonalDataScanner(List.of("赵秀兰", "卫青山"));

    @TempDir Path dir;

    @Test
    void findsAnIdentityNumberAPhoneAndANameInALogFile() throws Exception {
        Files.writeString(
                dir.resolve("failsafe.log"),
                String.join(
                        "\n",
                        "2024-09-01 INFO ok household=FC0001",
                        "2024-09-01 WARN person=" + ID + " failed",
                        "2024-09-01 INFO phone 13912345678 in a message",
                        "2024-09-01 INFO 赵秀兰 was here"),
                StandardCharsets.UTF_8);

        List<PersonalDataScanner.Finding> findings = scanner.scanDirectory(dir);

        assertThat(findings)
                .extracting(f -> f.line() + " " + f.kind() + " " + f.masked())
                .containsExactly(
                        "2 identity-number 411122********0444",
                        "3 phone 139****5678",
                        "4 name 赵**");
        assertThat(findings.toString()).doesNotContain(ID, "13912345678", "赵秀兰");
    }

    @Test
    void findsAnIdentityNumberEndingInX() {
        assertThat(PersonalDataScanner.isIdentityNumber("11010519491231002X")).isTrue();
        assertThat(scan("id=11010519491231002x")).hasSize(1);
    }

    @Test
    void leavesMaskedNumbersLongerNumbersAndWrongCheckDigitsAlone() {
        assertThat(scan("idNumberMasked=411122********0444")).isEmpty();
        assertThat(scan("trace=4111221953030804441 nanos=139123456789")).isEmpty();
        assertThat(scan("id=411122195303080445")).isEmpty();
        assertThat(scan("id=411122195313080444 not a date")).isEmpty();
        assertThat(scan("at 2024-09-01T08:00:00.123+08:00 port 41234 took 1733580000123 ms"))
                .isEmpty();
    }

    @Test
    void aMissingLogDirectoryHasNoFindingsButTheScanOfTheBuildRequiresOne() {
        assertThat(scanner.scanDirectory(dir.resolve("none"))).isEmpty();
    }

    @Test
    void theFixtureNamesIncludeTheGoldenCasesTheSampleAndTheProofs() {
        assertThat(FixtureNames.all()).contains("赵秀兰", "李秀梅", "卫青山");
    }

    private List<PersonalDataScanner.Finding> scan(String line) {
        return scanner.scanLine(dir.resolve("x.log"), 1, line);
    }
}
