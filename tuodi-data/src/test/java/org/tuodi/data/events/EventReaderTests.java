package org.tuodi.data.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tuodi.data.Fixtures.id;
import static org.tuodi.data.Fixtures.read;
import static org.tuodi.data.Fixtures.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.DisabilityCertified;
import org.tuodi.core.event.DisasterLoss;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.HousingAssessed;
import org.tuodi.core.event.HousingDamage;
import org.tuodi.core.event.HousingGrade;
import org.tuodi.core.event.MedicalSettlement;
import org.tuodi.core.event.SchoolStage;
import org.tuodi.core.event.Source;
import org.tuodi.core.event.StudentEnrolled;
import org.tuodi.core.event.UnemploymentRegistered;
import org.tuodi.core.household.Disability;
import org.tuodi.core.household.DisabilityType;
import org.tuodi.core.shared.Yuan;
import org.tuodi.data.Fixtures.Read;
import org.tuodi.data.csv.FileFormatException;
import org.tuodi.data.csv.Reject;

class EventReaderTests {

    static final String HEADER = String.join(",", EventReader.COLUMNS);
    static final String ELDER = id("41112219540312026");

    @TempDir Path dir;

    /** A row of the full header: the common columns, then {@code column=value} pairs. */
    static String row(String eventId, String source, String type, String date, String... pairs) {
        String[] cells = new String[EventReader.COLUMNS.size()];
        java.util.Arrays.fill(cells, "");
        cells[0] = eventId;
        cells[1] = source;
        cells[2] = type;
        cells[3] = ELDER;
        cells[4] = date;
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            cells[EventReader.COLUMNS.indexOf(pair.substring(0, eq))] = pair.substring(eq + 1);
        }
        return String.join(",", cells);
    }

    private Read<DepartmentEvent> readLines(String header, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = header;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return read(
                write(dir, "events.csv", lines),
                EventReader.REQUIRED,
                EventReader.COLUMNS,
                EventReader::new);
    }

    private Read<DepartmentEvent> readRows(String... rows) {
        return readLines(HEADER, rows);
    }

    @Test
    void readsAMedicalSettlement() {
        var event =
                readRows(
                                row(
                                        "YB-1",
                                        "MEDICAL_INSURANCE",
                                        "MEDICAL_SETTLEMENT",
                                        "2024-07-18",
                                        "total_cost=128000",
                                        "reimbursed=91200.00",
                                        "out_of_pocket=36800.00",
                                        "inpatient=true",
                                        "diagnosis=急性心力衰竭"))
                        .only();

        assertThat(event)
                .isEqualTo(
                        new MedicalSettlement(
                                new EventKey(Source.MEDICAL_INSURANCE, "YB-1"),
                                org.tuodi.core.household.NationalId.parse(ELDER),
                                LocalDate.of(2024, 7, 18),
                                Optional.of(Yuan.of(128000)),
                                Optional.of(Yuan.of(91200)),
                                Yuan.of(36800),
                                Optional.of(true),
                                Optional.of("急性心力衰竭")));
    }

    @Test
    void readsEachTypeWithItsOwnColumns() {
        var read =
                readRows(
                        row(
                                "JY-1",
                                "EDUCATION",
                                "STUDENT_ENROLLED",
                                "2024-09-01",
                                "stage=VOCATIONAL",
                                "annual_fee=4800"),
                        row(
                                "CL-1",
                                "DISABLED_FEDERATION",
                                "DISABILITY_CERTIFIED",
                                "2024-05-20",
                                "disability_grade=2",
                                "disability_type=INTELLECTUAL"),
                        row(
                                "YJ-1",
                                "EMERGENCY_MANAGEMENT",
                                "DISASTER_LOSS",
                                "2024-07-12",
                                "loss_amount=68000",
                                "housing_damage=DESTROYED"),
                        row("ZJ-1", "HOUSING", "HOUSING_ASSESSED", "2024-06-03", "housing_grade=D"),
                        row("RS-1", "HUMAN_RESOURCES", "UNEMPLOYMENT_REGISTERED", "2024-06-20"));

        assertThat(read.rejects()).isEmpty();
        assertThat(((StudentEnrolled) read.records().get(0)).stage())
                .isEqualTo(SchoolStage.VOCATIONAL);
        assertThat(((StudentEnrolled) read.records().get(0)).annualFee()).contains(Yuan.of(4800));
        assertThat(((DisabilityCertified) read.records().get(1)).disability())
                .isEqualTo(new Disability(2, DisabilityType.INTELLECTUAL));
        assertThat(((DisasterLoss) read.records().get(2)).housingDamage())
                .contains(HousingDamage.DESTROYED);
        assertThat(((HousingAssessed) read.records().get(3)).housingGrade())
                .isEqualTo(HousingGrade.D);
        assertThat(read.records().get(4)).isInstanceOf(UnemploymentRegistered.class);
        assertThat(read.lines()).containsExactly(2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void readsAFileThatCarriesOnlyTheCommonColumnsAndSomeTypesOwn() {
        var read =
                readLines(
                        "occurred_on,id_number,type,source,event_id,out_of_pocket,batch",
                        "2024-06-20," + ELDER + ",UNEMPLOYMENT_REGISTERED,HUMAN_RESOURCES,RS-1,,b7",
                        "2024-06-21,"
                                + ELDER
                                + ",MEDICAL_SETTLEMENT,MEDICAL_INSURANCE,YB-1,12.5,b7",
                        "2024-06-22," + ELDER + ",HOUSING_ASSESSED,HOUSING,ZJ-1,,b7");

        assertThat(read.records()).hasSize(2);
        assertThat(((MedicalSettlement) read.records().get(1)).outOfPocket())
                .isEqualTo(Yuan.parse("12.50"));
        assertThat(read.onlyReject())
                .isEqualTo(
                        new Reject(
                                "events.csv",
                                4,
                                "housing_grade",
                                "required for HOUSING_ASSESSED records"));
    }

    @Test
    void failsAFileWithoutACommonColumn() {
        assertThatThrownBy(() -> readLines("event_id,source,type,id_number", "a,b,c,d"))
                .isInstanceOf(FileFormatException.class)
                .hasMessage("events.csv: missing required column occurred_on");
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "YB-1,HEALTH,MEDICAL_SETTLEMENT,out_of_pocket=1|source"
                        + "|MEDICAL_SETTLEMENT records come from MEDICAL_INSURANCE, not HEALTH",
                "YB-1,MEDICAL_INSURANCE,MEDICAL_SETTLEMENT,out_of_pocket=1234.567|out_of_pocket"
                        + "|more than 2 decimals: '1234.567'",
                "YB-1,MEDICAL_INSURANCE,MEDICAL_SETTLEMENT,out_of_pocket=-3|out_of_pocket"
                        + "|negative amount: '-3'",
                "YB-1,MEDICAL_INSURANCE,MEDICAL_SETTLEMENT,total_cost=100|out_of_pocket"
                        + "|required for MEDICAL_SETTLEMENT records",
                "YB-1,MEDICAL_INSURANCE,MEDICAL_SETTLEMENT,out_of_pocket=1,inpatient=Y|inpatient"
                        + "|not true or false: 'Y'",
                "YB-1,MEDICAL_INSURANCE,MEDICAL_SETTLEMENT,out_of_pocket=1,housing_grade=D"
                        + "|housing_grade|belongs to HOUSING_ASSESSED records, not to"
                        + " MEDICAL_SETTLEMENT; leave it empty",
                "WJ-1,HEALTH,SERIOUS_ILLNESS_DIAGNOSED,out_of_pocket=1|out_of_pocket"
                        + "|belongs to MEDICAL_SETTLEMENT records, not to"
                        + " SERIOUS_ILLNESS_DIAGNOSED; leave it empty",
                "RS-1,HUMAN_RESOURCES,UNEMPLOYMENT_REGISTERED,diagnosis=x|diagnosis"
                        + "|belongs to MEDICAL_SETTLEMENT and SERIOUS_ILLNESS_DIAGNOSED records,"
                        + " not to UNEMPLOYMENT_REGISTERED; leave it empty",
                "JY-1,EDUCATION,STUDENT_ENROLLED,annual_fee=100|stage"
                        + "|required for STUDENT_ENROLLED records",
                "JY-1,EDUCATION,STUDENT_ENROLLED,stage=MIDDLE|stage"
                        + "|unknown code 'MIDDLE' (known: PRESCHOOL, PRIMARY, JUNIOR, SENIOR,"
                        + " VOCATIONAL, UNDERGRADUATE)",
                "CL-1,DISABLED_FEDERATION,DISABILITY_CERTIFIED,disability_type=MENTAL"
                        + "|disability_grade|required for DISABILITY_CERTIFIED records",
                "CL-1,DISABLED_FEDERATION,DISABILITY_CERTIFIED,disability_grade=3"
                        + "|disability_type|required for DISABILITY_CERTIFIED records",
                "CL-1,DISABLED_FEDERATION,DISABILITY_CERTIFIED,disability_grade=0,"
                        + "disability_type=MENTAL|disability_grade|not a whole number from 1 to 4:"
                        + " '0'",
                "ZJ-1,HOUSING,HOUSING_ASSESSED,housing_grade=E|housing_grade"
                        + "|unknown code 'E' (known: A, B, C, D)",
                "YJ-1,EMERGENCY_MANAGEMENT,DISASTER_LOSS,housing_damage=FLOODED|housing_damage"
                        + "|unknown code 'FLOODED' (known: NONE, DAMAGED, DESTROYED)",
                ",HOUSING,HOUSING_ASSESSED,housing_grade=D|event_id|required value is missing",
                "ZJ-1,BANK,HOUSING_ASSESSED,housing_grade=D|source"
                        + "|unknown code 'BANK' (known: MEDICAL_INSURANCE, HEALTH, EDUCATION,"
                        + " HUMAN_RESOURCES, DISABLED_FEDERATION, EMERGENCY_MANAGEMENT, HOUSING,"
                        + " PUBLIC_SECURITY)",
                "ZJ-1,HOUSING,HOUSE_CHECK,housing_grade=D|type"
                        + "|unknown code 'HOUSE_CHECK' (known: MEDICAL_SETTLEMENT,"
                        + " SERIOUS_ILLNESS_DIAGNOSED, STUDENT_ENROLLED, UNEMPLOYMENT_REGISTERED,"
                        + " DISABILITY_CERTIFIED, DISASTER_LOSS, HOUSING_ASSESSED,"
                        + " DEATH_REGISTERED)"
            })
    void rejectsARowNamingTheColumnAndTheReason(String spec, String column, String reason) {
        String[] parts = spec.split(",");
        String[] pairs = java.util.Arrays.copyOfRange(parts, 3, parts.length);

        var read = readRows(row(parts[0], parts[1], parts[2], "2024-07-01", pairs));

        assertThat(read.records()).isEmpty();
        assertThat(read.onlyReject()).isEqualTo(new Reject("events.csv", 2, column, reason));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2024/07/01|not an ISO date (yyyy-mm-dd): '2024/07/01'",
                "2024-7-1|not an ISO date (yyyy-mm-dd): '2024-7-1'",
                "2024-02-30|no such date: '2024-02-30'"
            })
    void rejectsAnOccurredOnThatIsNotAnIsoDate(String date, String reason) {
        var read = readRows(row("RS-1", "HUMAN_RESOURCES", "UNEMPLOYMENT_REGISTERED", date));

        assertThat(read.onlyReject()).isEqualTo(new Reject("events.csv", 2, "occurred_on", reason));
    }

    @Test
    void rejectsABadIdentityNumberMaskingIt() {
        String line =
                row("RS-1", "HUMAN_RESOURCES", "UNEMPLOYMENT_REGISTERED", "2024-06-20")
                        .replace(ELDER, "41112219540312026Z");

        Reject reject = readRows(line).onlyReject();

        assertThat(reject.column()).isEqualTo("id_number");
        assertThat(reject.reason())
                .isEqualTo("identity number must end in a digit or X: 411122********026Z");
    }

    @Test
    void goesOnAfterABadRowAndCountsEveryRow() {
        var read =
                readRows(
                        row("RS-1", "HUMAN_RESOURCES", "UNEMPLOYMENT_REGISTERED", "2024-06-20"),
                        row("RS-2", "HEALTH", "UNEMPLOYMENT_REGISTERED", "2024-06-21"),
                        row("RS-3", "HUMAN_RESOURCES", "UNEMPLOYMENT_REGISTERED", "2024-06-22"));

        assertThat(read.records())
                .extracting(e -> e.key().eventId())
                .containsExactly("RS-1", "RS-3");
        assertThat(read.counts().read()).isEqualTo(3);
        assertThat(read.counts().accepted() + read.counts().rejected()).isEqualTo(3);
        assertThat(List.of(read.onlyReject().row())).containsExactly(3L);
    }
}
