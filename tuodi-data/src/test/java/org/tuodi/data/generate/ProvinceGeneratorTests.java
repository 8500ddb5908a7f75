package org.tuodi.data.generate;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.EventType;
import org.tuodi.data.scan.RuleSource;
import org.tuodi.data.scan.Scan;
import org.tuodi.data.scan.ScanReport;
import org.tuodi.data.scan.ScanRequest;

@DisplayName("合成省份: the generated files are exchange format v1, reproducible and in month order")
class ProvinceGeneratorTests {

    @TempDir static Path dir;

    static GenerateRequest request;
    static GenerationReport report;

    @BeforeAll
    static void generate() {
        request = TinyProvince.request(dir.resolve("seed7"), 7);
        report = TinyProvince.generate(request.out(), 7);
    }

    @Test
    void writesTheSameFilesByteForByteForTheSameSeed(@TempDir Path again) throws Exception {
        TinyProvince.generate(again, 7);

        for (String file : List.of("households.csv", "members.csv", "events.csv")) {
            assertThat(Files.mismatch(request.out().resolve(file), again.resolve(file)))
                    .as(file)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void writesDifferentFilesForAnotherSeed(@TempDir Path other) throws Exception {
        TinyProvince.generate(other, 8);

        for (String file : List.of("households.csv", "members.csv", "events.csv")) {
            assertThat(Files.mismatch(request.out().resolve(file), other.resolve(file)))
                    .as(file)
                    .isNotEqualTo(-1L);
        }
    }

    @Test
    void extendsThePeriodWithoutChangingTheRosterOrTheEarlierMonths(@TempDir Path longer)
            throws Exception {
        new ProvinceGenerator(TinyProvince.REGIONS)
                .generate(
                        new GenerateRequest(
                                "41", TinyProvince.SCALE, 6, 7, TinyProvince.START, longer),
                        line -> {});

        for (String file : List.of("households.csv", "members.csv")) {
            assertThat(Files.mismatch(request.out().resolve(file), longer.resolve(file)))
                    .as(file)
                    .isEqualTo(-1L);
        }
        byte[] fourMonths = Files.readAllBytes(request.eventsFile());
        byte[] sixMonths = Files.readAllBytes(longer.resolve("events.csv"));
        assertThat(sixMonths.length).isGreaterThan(fourMonths.length);
        assertThat(Arrays.copyOf(sixMonths, fourMonths.length)).isEqualTo(fourMonths);
    }

    @Test
    void makesASmallerScaleTheFirstHouseholdsOfALargerOne(@TempDir Path smaller) throws Exception {
        new ProvinceGenerator(TinyProvince.REGIONS)
                .generate(
                        new GenerateRequest(
                                "41", TinyProvince.SCALE / 4, 1, 7, TinyProvince.START, smaller),
                        line -> {});

        for (String file : List.of("households.csv", "members.csv")) {
            String part = Files.readString(smaller.resolve(file));
            assertThat(Files.readString(request.out().resolve(file))).startsWith(part);
        }
    }

    @Test
    void everyRowPassesTheReadersAndEveryRecordFindsItsHousehold(@TempDir Path scanDir)
            throws Exception {
        ScanRequest scan =
                new ScanRequest(
                        request.householdsFile(),
                        request.membersFile(),
                        request.eventsFile(),
                        Optional.empty(),
                        scanDir.resolve("alerts.csv"));

        ScanReport scanned = new Scan(RuleSource.standard(Optional.empty())).run(scan);

        assertThat(scanned.households().read()).isEqualTo(report.households());
        assertThat(scanned.members().read()).isEqualTo(report.members());
        assertThat(scanned.events().read()).isEqualTo(report.records());
        assertThat(scanned.households().rejected()).isZero();
        assertThat(scanned.members().rejected()).isZero();
        assertThat(scanned.events().rejected()).isZero();
        assertThat(scanned.householdsWithoutMembers()).isZero();
        assertThat(scanned.routed().unmatched()).isZero();
        assertThat(scanned.routed().duplicate()).isZero();
        assertThat(scanned.routed().late()).isZero();
        assertThat(scanned.decisions().raised()).isPositive();
    }

    @Test
    void writesEventsInMonthOrderWithinThePeriod() {
        YearMonth first = YearMonth.from(TinyProvince.START);
        YearMonth last = first.plusMonths(TinyProvince.MONTHS - 1);
        YearMonth previous = first;

        for (NamedCsvRecord row : TinyProvince.rows(request.eventsFile())) {
            YearMonth month = YearMonth.from(LocalDate.parse(row.getField("occurred_on")));
            assertThat(month).isBetween(previous, last);
            previous = month;
        }
        assertThat(previous).isEqualTo(last);
    }

    @Test
    void fillsOnlyTheRecordsOwnColumnsAndNumbersEachSourceUniquely() {
        Set<String> keys = new HashSet<>();

        for (NamedCsvRecord row : TinyProvince.rows(request.eventsFile())) {
            EventType type = EventType.valueOf(row.getField("type"));
            assertThat(row.getField("source")).isEqualTo(type.source().name());
            assertThat(keys.add(row.getField("source") + ":" + row.getField("event_id"))).isTrue();
            for (EventField field : EventField.values()) {
                if (!field.belongsTo(type)) {
                    assertThat(row.getField(field.column())).as(field.column()).isEmpty();
                }
            }
        }
    }

    @Test
    void amountsHaveTwoDecimalsAndSettlementsAddUp() {
        for (NamedCsvRecord row : TinyProvince.rows(request.eventsFile())) {
            if (row.getField("type").equals("MEDICAL_SETTLEMENT")) {
                long total = fen(row.getField("total_cost"));
                long paid = fen(row.getField("reimbursed")) + fen(row.getField("out_of_pocket"));
                assertThat(paid).isEqualTo(total);
            }
        }
    }

    private static long fen(String amount) {
        assertThat(amount).matches("[0-9]+\\.[0-9]{2}");
        return Long.parseLong(amount.replace(".", ""));
    }

    @Test
    void medicalSettlementsAreByFarTheMostCommonRecords() {
        long settlements = report.recordsByType().get(EventType.MEDICAL_SETTLEMENT);

        assertThat(settlements).isGreaterThan(report.records() * 3 / 4);
        for (EventType type : EventType.values()) {
            assertThat(report.recordsByType().get(type)).as(type.name()).isPositive();
        }
    }
}
