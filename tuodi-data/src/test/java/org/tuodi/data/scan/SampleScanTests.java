package org.tuodi.data.scan;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("临颍县繁城回族镇 sample: the intended alerts, rejects and counts")
class SampleScanTests {

    @TempDir Path dir;

    private ScanReport scan(Optional<LocalDate> asOf) throws Exception {
        return new Scan(RuleSource.standard(Optional.empty()))
                .run(LinyingSample.request(dir.resolve("alerts.csv"), asOf));
    }

    /** alerts.csv without the rule set columns: as_of household level score decision ... */
    private List<String> alerts() throws Exception {
        try (CsvReader<NamedCsvRecord> csv =
                CsvReader.builder().ofNamedCsvRecord(dir.resolve("alerts.csv"))) {
            return csv.stream()
                    .map(
                            r ->
                                    String.join(
                                            " ",
                                            r.getField("as_of"),
                                            r.getField("household_id"),
                                            r.getField("region_code"),
                                            r.getField("level"),
                                            r.getField("score"),
                                            r.getField("decision"),
                                            r.getField("indicators"),
                                            r.getField("evidence_event_ids")))
                    .toList();
        }
    }

    @Test
    void raisesTheIntendedAlertsInOutputOrder() throws Exception {
        scan(Optional.empty());

        assertThat(alerts())
                .containsExactly(
                        "2024-05-20 FC0008 411122101208 GENERAL 80 RAISE"
                                + " SEVERE_DISABILITY_CERTIFIED;DANGEROUS_HOUSE_C;SEVERELY_DISABLED_MEMBER"
                                + " DISABLED_FEDERATION:CL-2024-000052;HOUSING:ZJ-2024-000412",
                        "2024-06-03 FC0006 411122101206 GENERAL 80 RAISE"
                                + " DANGEROUS_HOUSE_D;ELDERLY_MEMBER_70;SINGLE_PERSON_HOUSEHOLD"
                                + " HOUSING:ZJ-2024-000471",
                        "2024-06-08 FC0010 411122101210 GENERAL 70 RAISE"
                                + " MEDICAL_INPATIENT_2X_12M;SERIOUS_ILLNESS_DIAGNOSED;SERIOUSLY_ILL_MEMBER"
                                + " MEDICAL_INSURANCE:YB-2024-000188;MEDICAL_INSURANCE:YB-2024-000342;"
                                + "HEALTH:WJ-2024-000007",
                        "2024-07-12 FC0005 411122101205 URGENT 100 RAISE"
                                + " DISASTER_HOME_DESTROYED;DISASTER_LOSS_12M_10000"
                                + " EMERGENCY_MANAGEMENT:YJ-2024-000019",
                        "2024-07-18 FC0001 411122101201 URGENT 110 RAISE"
                                + " MEDICAL_OOP_12M_5000;MEDICAL_OOP_12M_20000;ELDERLY_MEMBER_70"
                                + " MEDICAL_INSURANCE:YB-2024-000101;MEDICAL_INSURANCE:YB-2024-000415",
                        "2024-08-10 FC0004 411122101204 GENERAL 60 RAISE"
                                + " UNEMPLOYMENT_REGISTERED;DISASTER_HOME_DAMAGED"
                                + " HUMAN_RESOURCES:RS-2024-000088;EMERGENCY_MANAGEMENT:YJ-2024-000027",
                        "2024-08-21 FC0003 411122101203 GENERAL 60 RAISE MEDICAL_OOP_12M_5000"
                                + " MEDICAL_INSURANCE:YB-2024-000266;MEDICAL_INSURANCE:YB-2024-000502",
                        "2024-09-28 FC0008 411122101208 URGENT 140 ESCALATE"
                                + " MEDICAL_OOP_12M_5000;SEVERE_DISABILITY_CERTIFIED;DANGEROUS_HOUSE_C;"
                                + "SEVERELY_DISABLED_MEMBER MEDICAL_INSURANCE:YB-2024-000598;"
                                + "DISABLED_FEDERATION:CL-2024-000052;HOUSING:ZJ-2024-000412");
    }

    @Test
    void leavesTheHouseholdAtFourThousandNineHundredNinetyNineYuanNinetyNineWithoutAnAlert()
            throws Exception {
        scan(Optional.empty());

        assertThat(alerts()).noneMatch(line -> line.contains(" FC0002 "));
    }

    @Test
    void reportsEveryRowReadTakenRejectedAndDecided() throws Exception {
        ScanReport report = scan(Optional.empty());

        assertThat(report.lines())
                .containsSubsequence(
                        "as_of=2024-09-28",
                        "as_of.from=newest_accepted_event",
                        "households.read=13",
                        "households.accepted=12",
                        "households.rejected=1",
                        "households.without_members=0",
                        "members.read=33",
                        "members.accepted=31",
                        "members.rejected=2",
                        "events.read=24",
                        "events.accepted=22",
                        "events.rejected=2",
                        "events.unmatched=1",
                        "events.after_as_of=0",
                        "events.assessed=21",
                        "events.placed=18",
                        "events.late=1",
                        "events.duplicate=1",
                        "events.not_relevant=1",
                        "decisions.raise=7",
                        "decisions.escalate=1",
                        "decisions.add_evidence=1",
                        "alerts.written=8",
                        "households.alerted.GENERAL=4",
                        "households.alerted.URGENT=3",
                        "state.households=12",
                        "state.bytes.mean=38.8",
                        "state.bytes.max=75");
    }

    @Test
    void writesEachRejectedRowWithItsFileRowColumnAndReason() throws Exception {
        scan(Optional.empty());

        assertThat(Files.readAllLines(dir.resolve("rejects.csv"), StandardCharsets.UTF_8))
                .containsExactly(
                        "file,row,column,reason",
                        "households.csv,14,categories,\"unknown code 'POOR' (known: DIBAO, TEKUN,"
                                + " DIBAO_EDGE, RIGID_EXPENDITURE, RELAPSE_MONITORED,"
                                + " OTHER_LOW_INCOME)\"",
                        "members.csv,21,id_number,identity number check digit is wrong"
                                + " (ISO 7064 MOD 11-2): 411122********1445",
                        "members.csv,34,household_id,\"unmatched household: FC0013 is not in"
                                + " households.csv, or its row there was rejected\"",
                        "events.csv,14,out_of_pocket,more than 2 decimals: '1234.567'",
                        "events.csv,18,source,\"MEDICAL_SETTLEMENT records come from"
                                + " MEDICAL_INSURANCE, not HEALTH\"");
    }

    @Test
    void keepsTheRecordAboutAPersonInNoHouseholdApartWithTheNumberMasked() throws Exception {
        scan(Optional.empty());

        assertThat(Files.readAllLines(dir.resolve("unmatched.csv"), StandardCharsets.UTF_8))
                .containsExactly(
                        "row,source,event_id,type,id_number_masked,occurred_on",
                        "19,MEDICAL_INSURANCE,YB-2024-000450,MEDICAL_SETTLEMENT,"
                                + "411122********2794,2024-07-30");
    }

    @Test
    void countsRecordsAfterTheAsOfDateWithoutAssessingThem() throws Exception {
        ScanReport report = scan(Optional.of(LocalDate.of(2024, 8, 15)));

        assertThat(report.routed().afterAsOf()).isEqualTo(4);
        assertThat(report.lines()).contains("as_of=2024-08-15", "as_of.from=option");
        assertThat(alerts())
                .extracting(line -> line.substring(0, 17))
                .containsExactly(
                        "2024-05-20 FC0008",
                        "2024-06-03 FC0006",
                        "2024-06-08 FC0010",
                        "2024-07-12 FC0005",
                        "2024-07-18 FC0001",
                        "2024-08-10 FC0004");
    }

    @Test
    void accountsForEveryRowSoTheCountsAddUp() throws Exception {
        for (Optional<LocalDate> asOf :
                List.of(Optional.<LocalDate>empty(), Optional.of(LocalDate.of(2024, 8, 15)))) {
            ScanReport report = scan(asOf);

            for (var file : List.of(report.households(), report.members(), report.events())) {
                assertThat(file.read()).isEqualTo(file.accepted() + file.rejected());
            }
            ScanReport.Events routed = report.routed();
            assertThat(report.events().accepted())
                    .isEqualTo(routed.assessed() + routed.unmatched() + routed.afterAsOf());
            assertThat(routed.assessed())
                    .isEqualTo(
                            routed.placed()
                                    + routed.late()
                                    + routed.duplicate()
                                    + routed.notRelevant());
            long rejectLines = Files.readAllLines(dir.resolve("rejects.csv")).size() - 1;
            assertThat(rejectLines)
                    .isEqualTo(
                            report.households().rejected()
                                    + report.members().rejected()
                                    + report.events().rejected());
        }
    }
}
