package org.tuodi.data.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.EventField;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.Member;
import org.tuodi.core.region.RegionCode;
import org.tuodi.data.csv.CsvFile;
import org.tuodi.data.events.EventReader;
import org.tuodi.data.households.Roster;

@DisplayName("合成县: one county of the synthetic province, exactly as the generated files have it")
class SyntheticCountyTests {

    static final RegionCode LINYING = RegionCode.of("411122");

    @TempDir static Path dir;

    static GenerateRequest request;
    static SyntheticCounty county;

    @BeforeAll
    static void generate() {
        request = TinyProvince.request(dir, 7);
        TinyProvince.generate(dir, 7);
        county =
                SyntheticCounty.derive(
                        TinyProvince.REGIONS,
                        LINYING,
                        TinyProvince.SCALE,
                        TinyProvince.MONTHS,
                        7,
                        TinyProvince.START);
    }

    @Test
    void hasTheHouseholdsTheProvinceFilesPlaceInTheCountyWithTheirMembers() throws IOException {
        List<Household> expected = new ArrayList<>();
        try (CsvFile households = open(request.householdsFile());
                CsvFile members = open(request.membersFile())) {
            Roster.read(households, members, reject -> {}).households().values().stream()
                    .filter(h -> LINYING.contains(h.region()))
                    .forEach(expected::add);
        }

        List<Household> derived = county.households();

        assertThat(derived).isNotEmpty().hasSize(county.size());
        assertThat(derived).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(derived)
                .flatExtracting(Household::members)
                .extracting(m -> m.id().addressCode())
                .containsOnly("411122");
    }

    @Test
    void schedulesTheRecordsTheEventsFileHasForTheCountysPeopleMonthByMonth() throws IOException {
        Set<String> people =
                county.households().stream()
                        .flatMap(h -> h.members().stream())
                        .map(m -> m.id().value())
                        .collect(Collectors.toSet());
        List<String> expected = new ArrayList<>();
        try (CsvFile events = CsvFile.open(request.eventsFile(), EventReader.REQUIRED, List.of())) {
            new EventReader(events, reject -> {})
                    .read(
                            (line, event) -> {
                                if (people.contains(event.person().value())) {
                                    expected.add(describe(event));
                                }
                            });
        }

        List<String> scheduled = new ArrayList<>();
        for (int m = 0; m < county.months(); m++) {
            YearMonth month = county.month(m);
            for (ScheduledRecord record : county.recordsIn(m)) {
                assertThat(YearMonth.from(record.scheduledOn())).isEqualTo(month);
                scheduled.add(describe(record.toEvent("any", record.scheduledOn())));
            }
        }

        assertThat(scheduled).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void givesARecordTheEventIdAndDateItIsSentWith() {
        ScheduledRecord record = county.recordsIn(0).get(0);

        DepartmentEvent event = record.toEvent("SIM-1", TinyProvince.START.plusYears(1));

        assertThat(event.key().source()).isEqualTo(record.source());
        assertThat(event.key().eventId()).isEqualTo("SIM-1");
        assertThat(event.occurredOn()).isEqualTo(TinyProvince.START.plusYears(1));
        assertThat(event.type()).isEqualTo(record.type());
    }

    @Test
    void refusesACodeThatIsNotACounty() {
        assertThatThrownBy(
                        () ->
                                SyntheticCounty.derive(
                                        TinyProvince.REGIONS,
                                        RegionCode.of("411122101"),
                                        0.001,
                                        1,
                                        7,
                                        TinyProvince.START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a county");
    }

    @Test
    void namesMembersAsTheMembersFileDoes() {
        Member head = county.households().get(0).members().get(0);

        assertThat(head.name()).isNotBlank();
        assertThat(head.toString()).doesNotContain(head.id().value());
    }

    private static CsvFile open(Path file) throws IOException {
        return CsvFile.open(file, List.of(), List.of());
    }

    /** Type, person, date and every typed field: the record without its event id. */
    private static String describe(DepartmentEvent event) {
        StringBuilder text =
                new StringBuilder()
                        .append(event.type())
                        .append(' ')
                        .append(event.person().value())
                        .append(' ')
                        .append(event.occurredOn());
        for (EventField field : EventField.values()) {
            event.valueOf(field)
                    .ifPresent(v -> text.append(' ').append(field).append('=').append(v));
        }
        return text.toString();
    }
}
