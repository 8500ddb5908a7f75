package org.tuodi.server.alerting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuodi.core.casework.CaseStatus;
import org.tuodi.core.casework.OverdueKind;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.rules.AlertLevel;

/**
 * 超期督办: a late visit goes to the town, and to the county once it is late by more than the visit
 * deadline again; a late disposal goes to the county.
 */
class OverdueEscalationTests {

    /** Raised on 2024-09-01, visit by 2024-09-16 (15 days), dispose by 2024-10-01. */
    static final CaseRow GENERAL_CASE =
            new CaseRow(
                    1,
                    new HouseholdId("H1"),
                    RegionCode.of("411122101201"),
                    AlertLevel.GENERAL,
                    CaseStatus.ASSIGNED,
                    LocalDate.of(2024, 9, 1),
                    LocalDate.of(2024, 9, 16),
                    LocalDate.of(2024, 10, 1),
                    7L,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    0);

    @ParameterizedTest
    @CsvSource({
        "VISIT, 2024-09-17, TOWN",
        "VISIT, 2024-10-01, TOWN",
        "VISIT, 2024-10-02, COUNTY",
        "DISPOSAL, 2024-10-02, COUNTY"
    })
    void escalatesOneLevelAboveWhoeverIsLate(OverdueKind kind, LocalDate today, String to) {
        assertThat(OverdueOversight.escalationFor(kind, GENERAL_CASE, today)).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({"2024-09-16"})
    void aCaseNotOverdueIsNotEscalated(LocalDate today) {
        assertThat(OverdueOversight.escalationFor(null, GENERAL_CASE, today)).isNull();
    }
}
