package org.tuodi.server.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuodi.core.golden.GoldenCase;
import org.tuodi.core.golden.GoldenCases;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.ServerIntegrationTest;

/**
 * 超期督办: a general case raised on 2024-09-01 (the fixed clock) is to be visited by 2024-09-16. The
 * sweep marks it overdue the day after and escalates it to the town; once it is overdue by more
 * than the visit deadline again (after 2024-10-01) it goes to the county. A visit clears the mark.
 */
@ServerIntegrationTest
class OverdueSweepIT {

    final GoldenCase generalAlert = GoldenCases.load("003-out-of-pocket-5000.00-general.json");
    long id;

    @Autowired JdbcClient jdbc;
    @Autowired CaseSweep sweep;
    @Autowired CaseFixtures fixtures;

    @BeforeEach
    void aGeneralCaseIsRaisedOnTheFirstOfSeptember() throws Exception {
        fixtures.clearFeedsAndCases();
        fixtures.people("overdue");
        fixtures.register(generalAlert);
        fixtures.sendInOrder(generalAlert.events());
        sweep.advance(generalAlert.asOf());
        id = fixtures.onlyCaseId();
    }

    @Test
    void marksTheCaseOverdueTheDayAfterItsVisitDeadlineAndEscalatesIt() {
        long mark = fixtures.auditMark();
        assertThat(column("visit_due")).isEqualTo("2024-09-16");

        sweep.markOverdue(LocalDate.of(2024, 9, 16));
        assertThat(column("overdue")).isNull();

        sweep.markOverdue(LocalDate.of(2024, 9, 17));
        assertThat(column("overdue")).isEqualTo("VISIT");
        assertThat(column("escalated_to")).isEqualTo("TOWN");

        sweep.markOverdue(LocalDate.of(2024, 10, 1));
        assertThat(column("escalated_to")).isEqualTo("TOWN");

        sweep.markOverdue(LocalDate.of(2024, 10, 2));
        assertThat(column("escalated_to")).isEqualTo("COUNTY");
        assertThat(
                        jdbc.sql(
                                        """
                                        SELECT action FROM alerting_case_history
                                        WHERE actor = 'sweep' ORDER BY id
                                        """)
                                .query(String.class)
                                .list())
                .containsExactly("ESCALATE_OVERSIGHT", "ESCALATE_OVERSIGHT");
        assertThat(fixtures.auditedSince(mark))
                .extracting(e -> e.actor() + " " + e.action())
                .contains("sweep CASE_ESCALATE_OVERSIGHT");
    }

    @Test
    void aSweepOnTheSameDayChangesNothingTwice() {
        sweep.markOverdue(LocalDate.of(2024, 9, 17));
        int version = fixtures.versionOf(id);

        int changed = sweep.markOverdue(LocalDate.of(2024, 9, 17));

        assertThat(changed).isZero();
        assertThat(fixtures.versionOf(id)).isEqualTo(version);
    }

    @Test
    void theWholeSweepRunsAsOfTheClockDateWhenScheduled() {
        CaseSweep.Report report = sweep.run(LocalDate.of(2024, 9, 20));

        assertThat(report.casesMarked()).isEqualTo(1);
        assertThat(column("overdue")).isEqualTo("VISIT");
    }

    private String column(String name) {
        return jdbc.sql("SELECT " + name + "::text FROM alerting_case WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
