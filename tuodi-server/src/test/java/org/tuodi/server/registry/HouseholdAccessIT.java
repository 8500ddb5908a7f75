package org.tuodi.server.registry;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.TestUsers.as;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.Members;
import org.tuodi.core.household.Relation;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.platform.TestUsers;
import org.tuodi.server.platform.Users;

/** Every read is limited to the user's region: 繁城回族镇 (411122101) and 杜曲镇 (411122102). */
@ServerIntegrationTest
class HouseholdAccessIT {

    static final String OWN = "ACCESS-FC-1";
    static final String OTHER_TOWN = "ACCESS-DQ-1";
    static final LocalDate BORN = LocalDate.of(1961, 4, 1);

    @Autowired MockMvc mvc;
    @Autowired HouseholdRegistry registry;
    @Autowired Users users;
    CurrentUser fanchengOfficer;
    CurrentUser countyOfficer;
    CurrentUser assistant;

    @BeforeEach
    void setUp() {
        TestUsers testUsers = new TestUsers(users);
        fanchengOfficer = testUsers.user("access-fancheng", Role.TOWN_OFFICER, "411122101");
        countyOfficer = testUsers.user("access-linying", Role.COUNTY_OFFICER, "411122");
        assistant = testUsers.user("access-assistant", Role.VILLAGE_ASSISTANT, "411122101201");
        registry.register(
                Households.aHousehold()
                        .withId(OWN)
                        .in("411122101201")
                        .dibao()
                        .withMember(
                                Members.aMember()
                                        .named("高志远")
                                        .bornOn(BORN)
                                        .male()
                                        .withSequence(11)
                                        .withPhone("13800000000"))
                        .withMember(
                                Members.aMember()
                                        .named("林秀英")
                                        .as(Relation.SPOUSE)
                                        .bornOn(BORN)
                                        .female()
                                        .withSequence(12))
                        .build());
        registry.register(
                Households.aHousehold()
                        .withId(OTHER_TOWN)
                        .in("411122102201")
                        .tekun()
                        .withMember(
                                Members.aMember().named("杜长海").bornOn(BORN).male().withSequence(13))
                        .build());
    }

    @Test
    void aTownOfficerSeesTheHouseholdsOfItsTownOnly() throws Exception {
        mvc.perform(get("/api/v1/households").param("size", "100").with(as(fanchengOfficer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(OWN)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(OTHER_TOWN))));
    }

    @Test
    void aTownOfficerReadsAHouseholdOfItsTownWithMaskedIdentityNumbers() throws Exception {
        String full = Members.aMember().bornOn(BORN).male().withSequence(11).build().id().value();

        mvc.perform(get("/api/v1/households/" + OWN).with(as(fanchengOfficer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionName").value("营王村村民委员会"))
                .andExpect(jsonPath("$.categories[0]").value("DIBAO"))
                .andExpect(jsonPath("$.members[0].name").value("高志远"))
                .andExpect(
                        jsonPath("$.members[0].idNumberMasked")
                                .value("411122********" + full.substring(14)))
                .andExpect(content().string(not(containsString(full))));
    }

    @Test
    void aTownOfficerCannotReadAHouseholdOfAnotherTownWhichLooksAbsent() throws Exception {
        mvc.perform(get("/api/v1/households/" + OTHER_TOWN).with(as(fanchengOfficer)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("household " + OTHER_TOWN + " not found"));
        mvc.perform(
                        get("/api/v1/households/" + OTHER_TOWN + "/categories")
                                .with(as(fanchengOfficer)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTownOfficerCannotListAnotherTown() throws Exception {
        mvc.perform(
                        get("/api/v1/households")
                                .param("region", "411122102")
                                .with(as(fanchengOfficer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCountyOfficerSeesBothTowns() throws Exception {
        mvc.perform(get("/api/v1/households").param("size", "100").with(as(countyOfficer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(OWN)))
                .andExpect(jsonPath("$.items[*].id", hasItem(OTHER_TOWN)));
        mvc.perform(get("/api/v1/households/" + OTHER_TOWN).with(as(countyOfficer)))
                .andExpect(status().isOk());
    }

    @Test
    void aVillageAssistantCannotListOrReadHouseholds() throws Exception {
        mvc.perform(get("/api/v1/households").with(as(assistant)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/households/" + OWN).with(as(assistant)))
                .andExpect(status().isForbidden());
    }

    @Test
    void searchFindsAHouseholdByAMembersNameOrTheLastFourOfAnIdentityNumber() throws Exception {
        String suffix =
                Members.aMember()
                        .bornOn(BORN)
                        .female()
                        .withSequence(12)
                        .build()
                        .id()
                        .value()
                        .substring(14);

        mvc.perform(get("/api/v1/households").param("q", "秀英").with(as(fanchengOfficer)))
                .andExpect(jsonPath("$.items[*].id", hasItem(OWN)))
                .andExpect(jsonPath("$.items[?(@.id == '" + OWN + "')].headName").value("高志远"));
        mvc.perform(get("/api/v1/households").param("q", suffix).with(as(fanchengOfficer)))
                .andExpect(jsonPath("$.items[*].id", hasItem(OWN)));
        mvc.perform(get("/api/v1/households").param("q", "access-fc").with(as(fanchengOfficer)))
                .andExpect(jsonPath("$.items[*].id", hasItem(OWN)));
        mvc.perform(get("/api/v1/households").param("q", "杜长海").with(as(fanchengOfficer)))
                .andExpect(jsonPath("$.total").value(0));
    }
}
