package org.tuodi.server.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.CaseFixtures.as;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tuodi.core.event.Source;
import org.tuodi.core.golden.GoldenCase;
import org.tuodi.core.golden.GoldenCases;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.Member;
import org.tuodi.core.household.Relation;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.registry.HouseholdRegistry;
import tools.jackson.databind.JsonNode;

/**
 * 公示: once the seed household's case is disposed with temporary assistance of ¥5,040, the public
 * notice of its town lists it with the head's name, the household size and the amount, and nothing
 * else: no identity number, phone, bank account, address or health detail.
 */
@ServerIntegrationTest
@DisplayName("公示: name, household size and amount of the households granted assistance")
class PublicNoticeIT {

    final GoldenCase seed = GoldenCases.load("001-seed-story-linying.json");

    @Autowired MockMvc mvc;
    @Autowired CaseFixtures fixtures;
    @Autowired HouseholdRegistry registry;
    CurrentUser town;
    CurrentUser otherTown;
    CurrentUser assistant;
    CurrentUser auditor;

    @BeforeEach
    void theSeedHouseholdsCaseIsDisposedWithTemporaryAssistance() throws Exception {
        fixtures.clearFeedsAndCases();
        CaseFixtures.People people = fixtures.people("notice");
        town = people.town();
        otherTown = people.otherTown();
        assistant = people.assistant();
        auditor = fixtures.user("notice-auditor", Role.AUDITOR, CaseFixtures.COUNTY);
        fixtures.register(seed);
        fixtures.send(fixtures.tokenFor(Source.MEDICAL_INSURANCE), seed.events())
                .andExpect(status().isOk());
        fixtures.advance(seed.asOf());
        long id = fixtures.onlyCaseId();
        fixtures.postAs(
                        assistant,
                        "/api/v1/cases/{id}/visit",
                        id,
                        """
                        {"visitedOn": "2024-09-01", "investigators": ["assistant-201", "cadre-07"],
                         "findings": %s, "remarks": "", "familySigned": true, "version": %d}
                        """
                                .formatted(CaseJourneyIT.FINDINGS, fixtures.versionOf(id)))
                .andExpect(status().isOk());
        fixtures.postAs(
                        town,
                        "/api/v1/cases/{id}/dispose",
                        id,
                        CaseJourneyIT.disposal("", fixtures.versionOf(id)))
                .andExpect(status().isOk());
    }

    private JsonNode notice(CurrentUser user, String region) throws Exception {
        return fixtures.body(
                mvc.perform(get("/api/v1/public-notice").param("region", region).with(as(user)))
                        .andExpect(status().isOk()));
    }

    @Test
    void theNoticeOfTheTownListsTheHouseholdWithOnlyNameSizeAndAmount() throws Exception {
        Household household = registry.find(seed.household().id()).orElseThrow();
        Member head =
                household.members().stream()
                        .filter(m -> m.relation() == Relation.HEAD)
                        .findFirst()
                        .orElseThrow();

        JsonNode notice = notice(town, CaseFixtures.TOWN.value());

        assertThat(notice.get("households")).hasSize(1);
        JsonNode line = notice.get("households").get(0);
        List<String> fields = new ArrayList<>();
        line.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("name", "householdSize", "assistanceAmount");
        assertThat(line.get("name").stringValue()).isEqualTo(head.name());
        assertThat(line.get("householdSize").intValue()).isEqualTo(household.size());
        assertThat(line.get("assistanceAmount").decimalValue()).isEqualByComparingTo("5040.00");
        String text = notice.toString();
        for (Member m : household.members()) {
            assertThat(text).doesNotContain(m.id().value(), m.id().masked());
            m.phone().ifPresent(p -> assertThat(text).doesNotContain(p));
        }
        assertThat(text).doesNotContain("address", "bank", "disab", "illness", "phone", "idNumber");
    }

    @Test
    void everyRoleOfTheRegionReadsTheNoticeButNotOfAnotherRegion() throws Exception {
        assertThat(notice(assistant, CaseFixtures.VILLAGE.value()).get("households")).hasSize(1);
        assertThat(notice(auditor, CaseFixtures.COUNTY.value()).get("households")).hasSize(1);
        assertThat(notice(otherTown, CaseFixtures.OTHER_TOWN.value()).get("households")).isEmpty();
        mvc.perform(
                        get("/api/v1/public-notice")
                                .param("region", CaseFixtures.TOWN.value())
                                .with(as(otherTown)))
                .andExpect(status().isForbidden());
    }
}
