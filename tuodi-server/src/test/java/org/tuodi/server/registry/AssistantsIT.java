package org.tuodi.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.TestUsers.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuodi.core.region.RegionCode;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.platform.TestUsers;
import org.tuodi.server.platform.Users;

/** One assistant per village, set by the town's officers; 411122101208 尼庄村 is used here. */
@ServerIntegrationTest
class AssistantsIT {

    static final String VILLAGE = "411122101208";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired HouseholdRegistry registry;
    TestUsers testUsers;
    CurrentUser town;

    @BeforeEach
    void setUp() {
        testUsers = new TestUsers(users);
        town = testUsers.user("assistants-town", Role.TOWN_OFFICER, "411122101");
    }

    @Test
    void aTownOfficerMakesTheVillagesAssistantUserItsAssistant() throws Exception {
        CurrentUser assistant =
                testUsers.user("assistants-nizhuang", Role.VILLAGE_ASSISTANT, VILLAGE);

        assign(town, VILLAGE, assistant.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.villageCode").value(VILLAGE))
                .andExpect(jsonPath("$.username").value("assistants-nizhuang"));

        assertThat(registry.assistantOf(RegionCode.of(VILLAGE))).contains(assistant.id());
        mvc.perform(get("/api/v1/villages/" + VILLAGE + "/assistant").with(as(town)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value(assistant.id()));
    }

    @Test
    void theAssistantOfAnotherVillageCannotBeAssigned() throws Exception {
        CurrentUser other =
                testUsers.user("assistants-other", Role.VILLAGE_ASSISTANT, "411122101209");

        assign(town, VILLAGE, other.id())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("userId"));
    }

    @Test
    void anOfficerOfAnotherTownCannotAssign() throws Exception {
        CurrentUser duqu = testUsers.user("assistants-duqu", Role.TOWN_OFFICER, "411122102");
        CurrentUser assistant =
                testUsers.user("assistants-nizhuang", Role.VILLAGE_ASSISTANT, VILLAGE);

        assign(duqu, VILLAGE, assistant.id()).andExpect(status().isForbidden());
    }

    private ResultActions assign(CurrentUser user, String village, long userId) throws Exception {
        return mvc.perform(
                put("/api/v1/villages/" + village + "/assistant")
                        .with(as(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\": " + userId + "}"));
    }
}
