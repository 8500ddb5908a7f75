package org.tuodi.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.TestUsers.as;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.Members;
import org.tuodi.core.golden.GoldenCase;
import org.tuodi.core.golden.GoldenCases;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * 查阅留痕: who read which household, case or list, and who exported what, is in the audit trail;
 * search terms never are, and a read that was refused or found nothing is no read.
 */
@ServerIntegrationTest
class ReadAuditIT {

    static final String HOUSEHOLD = "READ-FC-1";

    @Autowired MockMvc mvc;
    @Autowired HouseholdRegistry registry;
    @Autowired CaseFixtures fixtures;
    CurrentUser county;

    @BeforeEach
    void aHouseholdInFancheng() {
        county = fixtures.user("read-county", Role.COUNTY_OFFICER, CaseFixtures.COUNTY);
        registry.register(
                Households.aHousehold()
                        .withId(HOUSEHOLD)
                        .in("411122101201")
                        .dibao()
                        .withMember(
                                Members.aMember()
                                        .named("高读者")
                                        .bornOn(LocalDate.of(1958, 2, 3))
                                        .male()
                                        .withSequence(31))
                        .build());
    }

    @Test
    void readingAHouseholdIsAuditedWithTheReaderAndTheHousehold() throws Exception {
        long mark = fixtures.auditMark();

        mvc.perform(get("/api/v1/households/{id}", HOUSEHOLD).with(as(county)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/households/{id}/categories", HOUSEHOLD).with(as(county)))
                .andExpect(status().isOk());

        assertThat(reads(mark))
                .containsExactly(
                        new AuditEntry(
                                county.username(),
                                "HOUSEHOLD_READ",
                                "household",
                                HOUSEHOLD,
                                "via=api path=/api/v1/households/" + HOUSEHOLD),
                        new AuditEntry(
                                county.username(),
                                "HOUSEHOLD_CATEGORIES_READ",
                                "household",
                                HOUSEHOLD,
                                "via=api path=/api/v1/households/" + HOUSEHOLD + "/categories"));
    }

    @Test
    void aSearchIsAuditedWithoutItsSearchTerm() throws Exception {
        long mark = fixtures.auditMark();

        mvc.perform(
                        get("/api/v1/households")
                                .param("region", "411122101")
                                .param("q", "高读者")
                                .with(as(county)))
                .andExpect(status().isOk());

        assertThat(reads(mark))
                .containsExactly(
                        new AuditEntry(
                                county.username(),
                                "HOUSEHOLDS_SEARCHED",
                                "region",
                                "411122101",
                                "via=api path=/api/v1/households search=yes"));
    }

    @Test
    void aReadThatWasRefusedOrFoundNothingIsNoRead() throws Exception {
        CurrentUser otherTown =
                fixtures.user("read-other-town", Role.TOWN_OFFICER, CaseFixtures.OTHER_TOWN);
        long mark = fixtures.auditMark();

        mvc.perform(get("/api/v1/households/{id}", HOUSEHOLD).with(as(otherTown)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/households/{id}", "READ-NONE").with(as(county)))
                .andExpect(status().isNotFound());

        assertThat(reads(mark)).isEmpty();
    }

    @Test
    void readingACaseAndItsListIsAuditedWithTheCasesHousehold() throws Exception {
        fixtures.clearFeedsAndCases();
        GoldenCase golden = GoldenCases.load("003-out-of-pocket-5000.00-general.json");
        fixtures.register(golden);
        fixtures.sendInOrder(golden.events());
        fixtures.advance(golden.asOf());
        long id = fixtures.onlyCaseId();
        String household = fixtures.caseAs(county, id).get("household").get("id").stringValue();
        long mark = fixtures.auditMark();

        mvc.perform(get("/api/v1/cases/{id}", id).with(as(county))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases").param("level", "GENERAL").with(as(county)))
                .andExpect(status().isOk());

        assertThat(reads(mark))
                .containsExactly(
                        new AuditEntry(
                                county.username(),
                                "CASE_READ",
                                "case",
                                Long.toString(id),
                                "via=api path=/api/v1/cases/" + id + " household=" + household),
                        new AuditEntry(
                                county.username(),
                                "CASES_LISTED",
                                "region",
                                "own",
                                "via=api path=/api/v1/cases"));
    }

    @Test
    void aDepartmentBatchThatStoredRecordsIsAudited() throws Exception {
        fixtures.clearFeedsAndCases();
        GoldenCase golden = GoldenCases.load("003-out-of-pocket-5000.00-general.json");
        fixtures.register(golden);
        long mark = fixtures.auditMark();

        fixtures.sendInOrder(golden.events());

        assertThat(fixtures.auditedSince(mark))
                .filteredOn(e -> e.action().equals("EVENTS_RECEIVED"))
                .isNotEmpty()
                .allSatisfy(
                        e -> {
                            assertThat(e.actor()).startsWith("department:");
                            assertThat(e.subjectType()).isEqualTo("department");
                            assertThat(e.detail()).startsWith("records=").contains(" accepted=");
                        });
    }

    /** The entries of reads and exports after the mark. */
    private List<AuditEntry> reads(long mark) {
        return fixtures.auditedSince(mark).stream()
                .filter(e -> e.detail().startsWith("via="))
                .toList();
    }
}
