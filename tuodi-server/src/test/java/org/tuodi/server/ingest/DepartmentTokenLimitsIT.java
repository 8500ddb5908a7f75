package org.tuodi.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.CaseFixtures.as;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.ServerIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 令牌限流与吊销: a department token sends at its own rate (the tests' clock stands still, so an empty
 * bucket stays empty; refilling is in TokenRateLimiterTests), over it the feed is answered 429 with
 * Retry-After, and a revoked token is refused from its very next request, the refusal naming it in
 * the audit trail.
 */
@ServerIntegrationTest
class DepartmentTokenLimitsIT {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired CaseFixtures fixtures;
    CurrentUser province;

    @BeforeEach
    void startWithoutTokens() {
        fixtures.clearFeedsAndCases();
        province = fixtures.people("limits").province();
    }

    @Test
    void aTokenOverItsRateIsAnswered429WithRetryAfterAndAuditedOncePerRun() throws Exception {
        JsonNode issued =
                issue("{\"department\": \"HEALTH\", \"label\": \"慢速推送\", \"ratePerMinute\": 2}");
        String token = issued.get("token").stringValue();
        long id = issued.get("id").longValue();
        long mark = fixtures.auditMark();

        fixtures.send(token, List.of()).andExpect(status().isOk());
        fixtures.send(token, List.of()).andExpect(status().isOk());
        fixtures.send(token, List.of())
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(jsonPath("$.type").value("urn:tuodi:problem:too-many-requests"));
        fixtures.send(token, List.of()).andExpect(status().isTooManyRequests());

        assertThat(fixtures.auditedSince(mark, "department_token"))
                .containsExactly(
                        new AuditEntry(
                                "department:HEALTH",
                                "TOKEN_THROTTLED",
                                "department_token",
                                Long.toString(id),
                                "path=/api/v1/events retry_after=30"));
    }

    @Test
    void eachTokenHasItsOwnBucket() throws Exception {
        String slow =
                issue("{\"department\": \"HEALTH\", \"label\": \"a\", \"ratePerMinute\": 1}")
                        .get("token")
                        .stringValue();
        String other = fixtures.tokenFor(org.tuodi.core.event.Source.HEALTH);

        fixtures.send(slow, List.of()).andExpect(status().isOk());
        fixtures.send(slow, List.of()).andExpect(status().isTooManyRequests());
        fixtures.send(other, List.of()).andExpect(status().isOk());
    }

    @Test
    void aRevokedTokenIsRefusedFromItsNextRequestAndTheRefusalNamesIt() throws Exception {
        JsonNode issued = issue("{\"department\": \"EDUCATION\", \"label\": \"教育局\"}");
        String token = issued.get("token").stringValue();
        long id = issued.get("id").longValue();
        fixtures.send(token, List.of()).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/admin/department-tokens/{id}", id).with(as(province)))
                .andExpect(status().isNoContent());
        long mark = fixtures.auditMark();
        fixtures.send(token, List.of()).andExpect(status().isUnauthorized());

        assertThat(fixtures.auditedSince(mark))
                .extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "TOKEN_REJECTED",
                                "reason=revoked token_id=" + id + " method=POST"));
    }

    @Test
    void aRateOutsideOneToOneHundredThousandIsInvalid() throws Exception {
        mvc.perform(
                        post("/api/v1/admin/department-tokens")
                                .with(as(province))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"department\": \"HEALTH\", \"label\": \"x\","
                                                + " \"ratePerMinute\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("ratePerMinute"));

        assertThat(fixtures.count("ingest_department_token")).isZero();
    }

    private JsonNode issue(String body) throws Exception {
        String answer =
                mvc.perform(
                                post("/api/v1/admin/department-tokens")
                                        .with(as(province))
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(body))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
        return json.readTree(answer);
    }
}
