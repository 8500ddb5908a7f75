package org.tuodi.server.registry;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.TestUsers.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.platform.TestUsers;
import org.tuodi.server.platform.Users;

@ServerIntegrationTest
class RegionsIT {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    CurrentUser town;

    @BeforeEach
    void setUp() {
        town = new TestUsers(users).user("regions-town", Role.TOWN_OFFICER, "411122101");
    }

    @Test
    void aTownOfficerSeesTheVillagesOfItsTown() throws Exception {
        mvc.perform(get("/api/v1/regions/411122101/children").with(as(town)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", greaterThan(10)))
                .andExpect(jsonPath("$[*].code", everyItem(startsWith("411122101"))))
                .andExpect(jsonPath("$[0].level").value("VILLAGE"));
    }

    @Test
    void aboveItsTownItSeesOnlyThePathDownToIt() throws Exception {
        mvc.perform(get("/api/v1/regions/411122/children").with(as(town)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].code").value("411122101000"))
                .andExpect(jsonPath("$[0].fullName").value("河南省漯河市临颍县繁城回族镇"))
                .andExpect(jsonPath("$[0].hasChildren").value(true));
        mvc.perform(get("/api/v1/regions/41/children").with(as(town)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].code").value("411100000000"));
    }

    @Test
    void anotherTownIsForbiddenAndAnUnknownCodeNotFound() throws Exception {
        mvc.perform(get("/api/v1/regions/411122102/children").with(as(town)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/regions/411122199/children").with(as(town)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/regions/4111221/children").with(as(town)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("code"));
    }
}
