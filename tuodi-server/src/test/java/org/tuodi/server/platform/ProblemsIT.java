package org.tuodi.server.platform;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.TestUsers.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Every error of the API is RFC 9457 problem+json and names the field at fault. */
@ServerIntegrationTest
class ProblemsIT {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    CurrentUser county;
    CurrentUser assistant;

    @BeforeEach
    void setUp() {
        TestUsers testUsers = new TestUsers(users);
        county = testUsers.user("problems-county", Role.COUNTY_OFFICER, "411122");
        assistant = testUsers.user("problems-assistant", Role.VILLAGE_ASSISTANT, "411122101201");
    }

    @Test
    void aBadQueryParameterIs400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/households").param("region", "41112x").with(as(county)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:tuodi:problem:invalid-input"))
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.field").value("region"))
                .andExpect(jsonPath("$.reason").isNotEmpty())
                .andExpect(jsonPath("$.detail", containsString("region")));
    }

    @Test
    void aParameterOutOfItsRangeIs400NamingIt() throws Exception {
        mvc.perform(get("/api/v1/households").param("size", "1000").with(as(county)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].reason").isNotEmpty());
    }

    @Test
    void aParameterOfTheWrongTypeIs400NamingIt() throws Exception {
        mvc.perform(get("/api/v1/imports/abc").with(as(county)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("id"));
    }

    @Test
    void bodyValidationListsEveryFieldAtFault() throws Exception {
        mvc.perform(
                        put("/api/v1/standards")
                                .with(as(county))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                        {"regionCode": "411122", "effectiveFrom": "2024-01-01",
                                         "urbanDibaoMonthly": -1, "ruralDibaoMonthly": 560.123,
                                         "edgeMultiplier": 1.5,
                                         "lastYearDisposableIncomePerCapita": 20000}
                                        """))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(
                        jsonPath("$.errors[*].field")
                                .value(
                                        containsInAnyOrder(
                                                "urbanDibaoMonthly", "ruralDibaoMonthly")));
    }

    @Test
    void unreadableJsonIs400NamingTheJsonPath() throws Exception {
        mvc.perform(
                        put("/api/v1/standards")
                                .with(as(county))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                        {"regionCode": "411122", "effectiveFrom": "2024-01-01",
                                         "urbanDibaoMonthly": 720, "ruralDibaoMonthly": 560,
                                         "edgeMultiplier": 1.5,
                                         "lastYearDisposableIncomePerCapita": 20000,
                                         "temporaryAssistanceTiers": [
                                           {"fromHardship": 0, "monthsOfDibaoStandard": 2,
                                            "maximum": "a lot"}]}
                                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("temporaryAssistanceTiers[0].maximum"))
                .andExpect(jsonPath("$.detail", not(containsString("a lot"))));
    }

    @Test
    void malformedJsonIs400() throws Exception {
        mvc.perform(
                        put("/api/v1/standards")
                                .with(as(county))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"regionCode\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:tuodi:problem:invalid-input"));
    }

    @Test
    void aRoleThatMayNotIs403WithoutSayingWhy() throws Exception {
        mvc.perform(get("/api/v1/households").with(as(assistant)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:tuodi:problem:access-denied"))
                .andExpect(jsonPath("$.title").value("Forbidden"))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail", not(containsString("VILLAGE_ASSISTANT"))));
    }

    @Test
    void somethingThatIsNotThereIs404() throws Exception {
        mvc.perform(get("/api/v1/households/NO-SUCH-HOUSEHOLD").with(as(county)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:tuodi:problem:not-found"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("household NO-SUCH-HOUSEHOLD not found"));
    }

    @Test
    void anIdentityNumberInADetailIsMasked() throws Exception {
        mvc.perform(get("/api/v1/households/411122195008081445").with(as(county)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("household 411122********1445 not found"));
    }

    @Test
    void anUnknownPathIs404ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(as(county)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:tuodi:problem:not-found"));
    }
}
