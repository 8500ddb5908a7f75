package org.tuodi.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.CaseFixtures.as;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tuodi.core.event.Source;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.ServerIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * 部门令牌: a province officer issues a department's token, which is shown once and stored only as its
 * hash, and revokes it; both are audited. Nobody else manages tokens, department feeds included.
 */
@ServerIntegrationTest
class DepartmentTokenIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired CaseFixtures fixtures;
    CurrentUser province;
    CurrentUser county;
    CurrentUser town;

    @BeforeEach
    void startWithoutTokens() {
        fixtures.clearFeedsAndCases();
        CaseFixtures.People people = fixtures.people("tokens");
        province = people.province();
        county = people.county();
        town = people.town();
    }

    @Test
    void aProvinceOfficerIssuesATokenShownOnceAndRevokesIt() throws Exception {
        long mark = fixtures.auditMark();
        String issued =
                mvc.perform(
                                post("/api/v1/admin/department-tokens")
                                        .with(as(province))
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(
                                                "{\"department\": \"HEALTH\", \"label\": \"卫健委月度推送\"}"))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.department").value("HEALTH"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
        String token = json.readTree(issued).get("token").stringValue();
        long id = json.readTree(issued).get("id").longValue();

        assertThat(
                        jdbc.sql("SELECT token_hash FROM ingest_department_token")
                                .query(String.class)
                                .single())
                .hasSize(64)
                .isNotEqualTo(token);
        mvc.perform(get("/api/v1/admin/department-tokens").with(as(province)))
                .andExpect(jsonPath("$[0].label").value("卫健委月度推送"))
                .andExpect(jsonPath("$[0].token").doesNotExist());
        fixtures.send(token, List.of()).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/admin/department-tokens/{id}", id).with(as(province)))
                .andExpect(status().isNoContent());

        fixtures.send(token, List.of()).andExpect(status().isUnauthorized());
        assertThat(fixtures.auditedSince(mark, "department_token"))
                .extracting(e -> e.actor() + " " + e.action())
                .containsExactly(
                        province.username() + " DEPARTMENT_TOKEN_ISSUED",
                        province.username() + " DEPARTMENT_TOKEN_REVOKED");
    }

    @Test
    void onlyProvinceOfficersManageTokens() throws Exception {
        mvc.perform(
                        post("/api/v1/admin/department-tokens")
                                .with(as(county))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"department\": \"HEALTH\", \"label\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/admin/department-tokens/{id}", 1).with(as(town)))
                .andExpect(status().isForbidden());

        assertThat(fixtures.count("ingest_department_token")).isZero();
    }

    @Test
    void aDepartmentTokenCannotManageTokens() throws Exception {
        String token = fixtures.tokenFor(Source.HEALTH);

        mvc.perform(
                        get("/api/v1/admin/department-tokens")
                                .header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(
                        post("/api/v1/admin/department-tokens")
                                .header("Authorization", "Bearer " + token)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"department\": \"HEALTH\", \"label\": \"x\"}"))
                .andExpect(status().isUnauthorized());

        assertThat(fixtures.count("ingest_department_token")).isEqualTo(1);
    }

    @Test
    void anUnknownDepartmentIsInvalid() throws Exception {
        mvc.perform(
                        post("/api/v1/admin/department-tokens")
                                .with(as(province))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"department\": \"TAX\", \"label\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("department"));
    }
}
