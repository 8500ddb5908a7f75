package org.tuodi.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.tuodi.server.fakes.CasesTestSupport;

/**
 * 部门令牌: a province officer issues a department's token, which is shown once and stored only as its
 * hash, and revokes it; both are audited. Nobody else manages tokens.
 */
class DepartmentTokenIT extends CasesTestSupport {

    @Test
    void aProvinceOfficerIssuesATokenShownOnceAndRevokesIt() throws Exception {
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
        send(token, List.of()).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/admin/department-tokens/{id}", id).with(as(province)))
                .andExpect(status().isNoContent());

        send(token, List.of()).andExpect(status().isUnauthorized());
        assertThat(audit.entries())
                .extracting(e -> e.actor() + " " + e.action())
                .containsExactly("henan DEPARTMENT_TOKEN_ISSUED", "henan DEPARTMENT_TOKEN_REVOKED");
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

        assertThat(count("ingest_department_token")).isZero();
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
