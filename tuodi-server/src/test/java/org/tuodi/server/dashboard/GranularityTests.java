package org.tuodi.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GranularityTests {

    @ParameterizedTest(name = "{0}: {1} lies in the period {2} to {3}")
    @CsvSource({
        "DAY,   2024-08-12, 2024-08-12, 2024-08-12",
        "WEEK,  2024-08-12, 2024-08-12, 2024-08-18",
        "WEEK,  2024-09-01, 2024-08-26, 2024-09-01",
        "MONTH, 2024-02-14, 2024-02-01, 2024-02-29",
        "MONTH, 2024-09-01, 2024-09-01, 2024-09-30"
    })
    void placesADayInItsPeriodWeeksRunningMondayToSunday(
            Granularity granularity, LocalDate day, LocalDate start, LocalDate end) {
        assertThat(granularity.startOf(day)).isEqualTo(start);
        assertThat(granularity.endOf(start)).isEqualTo(end);
        assertThat(granularity.next(start)).isEqualTo(end.plusDays(1));
    }

    @ParameterizedTest(name = "{0} from {1} to {2}: {3} periods")
    @CsvSource({
        "DAY,   2024-08-03, 2024-09-01, 30",
        "WEEK,  2024-08-12, 2024-08-26, 3",
        "MONTH, 2023-01-01, 2024-09-01, 21",
        "MONTH, 2024-09-01, 2024-09-01, 1"
    })
    void countsThePeriodsFromTheFirstToTheLast(
            Granularity granularity, LocalDate first, LocalDate last, long periods) {
        assertThat(granularity.periodsFrom(first, last)).isEqualTo(periods);
    }
}
