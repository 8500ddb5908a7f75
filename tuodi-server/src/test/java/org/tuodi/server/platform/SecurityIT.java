package org.tuodi.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.TestUsers.as;
import static org.tuodi.server.platform.TestUsers.basic;
import static org.tuodi.server.platform.TestUsers.bearer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tuodi.core.event.Source;

@ServerIntegrationTest
class SecurityIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;
    @Autowired CaseFixtures fixtures;
    CurrentUser town;

    @BeforeEach
    void setUp() {
        town = new TestUsers(users).user("security-town", Role.TOWN_OFFICER, "411122101");
    }

    @Test
    void answersARequestWithoutCredentials401AsProblemJsonWithABasicChallenge() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                .andExpect(jsonPath("$.type").value("urn:tuodi:problem:unauthenticated"))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void refusesAWrongPasswordAndAuditsTheFailedLogin() throws Exception {
        mvc.perform(get("/api/v1/me").with(basic("security-town", "wrong-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(audited("LOGIN_FAILED", "security-town")).isPositive();
    }

    @Test
    void auditsASuccessfulLoginOnceAnHourNotOnEveryRequest() throws Exception {
        CurrentUser user = new TestUsers(users).user("security-login", Role.AUDITOR, "411122");

        mvc.perform(get("/api/v1/me").with(as(user))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(as(user))).andExpect(status().isOk());

        assertThat(audited("LOGIN", "security-login")).isEqualTo(1);
    }

    @Test
    void aDepartmentTokenReachesTheEventsPathsAsItsDepartment() throws Exception {
        String token = fixtures.tokenFor(Source.MEDICAL_INSURANCE);

        mvc.perform(get("/api/v1/events/test-principal").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(content().string("MEDICAL_INSURANCE"));
    }

    @Test
    void aDepartmentTokenCannotCallAnyOtherEndpoint() throws Exception {
        String token = fixtures.tokenFor(Source.HEALTH);

        mvc.perform(get("/api/v1/households").with(bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isUnauthorized());
    }

    @Test
    void aUserCannotSendDepartmentRecords() throws Exception {
        mvc.perform(
                        post("/api/v1/events")
                                .with(as(town))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("[]"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesAnUnknownTokenAndAuditsIt() throws Exception {
        long before = audited("TOKEN_REJECTED", "anonymous");

        mvc.perform(get("/api/v1/events/test-principal").with(bearer("not-a-token")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(jsonPath("$.type").value("urn:tuodi:problem:unauthenticated"));

        assertThat(audited("TOKEN_REJECTED", "anonymous")).isEqualTo(before + 1);
    }

    @Test
    void servesTheOpenApiDocumentPubliclyWithThePathsAndSecuritySchemes() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.parameters").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/households'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/households/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/households/{id}/categories'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/regions/{code}/children'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/standards'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/villages/{code}/assistant'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/imports'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/imports/{id}/rejects'].get").exists())
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
                .andExpect(
                        jsonPath("$.components.securitySchemes.departmentToken.scheme")
                                .value("bearer"))
                .andExpect(
                        jsonPath(
                                        "$.paths['/api/v1/events/test-principal'].get.security[0].departmentToken")
                                .exists());
    }

    @Test
    void theHealthCheckIsPublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    private long audited(String action, String actor) {
        return jdbc.sql(
                        "SELECT count(*) FROM platform_audit WHERE action = :action AND actor = :actor")
                .param("action", action)
                .param("actor", actor)
                .query(Long.class)
                .single();
    }
}
