package org.tuodi.server.proofs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tuodi.server.alerting.AlertWorkflow;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.registry.HouseholdRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 存储型 XSS: script stored through the fields people type (a member's name in an import, a visit's
 * remarks, a token's label) comes back from the API as a JSON string, exactly as typed, in an
 * {@code application/json} answer the browser is told not to sniff ({@code X-Content-Type-Options:
 * nosniff}): data, never markup.
 */
@ServerIntegrationTest
class StoredXssIT {

    static final List<String> PAYLOADS =
            List.of(
                    "<script>alert('xss')</script>",
                    "\"><img src=x onerror=alert(1)>",
                    "</textarea><svg/onload=alert(document.cookie)>",
                    "javascript:alert(1)//",
                    "${7*7}{{7*7}}<%= 7*7 %>");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired CaseFixtures fixtures;
    @Autowired HouseholdRegistry registry;
    @Autowired AlertWorkflow workflow;
    ProofWorld world;

    @BeforeEach
    void theWorldOfTheProofs() throws Exception {
        world = new ProofWorld(fixtures, mvc, jdbc, registry, workflow).build();
    }

    @Test
    void aScriptImportedAsAMembersNameComesBackAsJsonData() throws Exception {
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String payload = PAYLOADS.get(i);
            String id = "PROOF-XSS-" + i;
            String households =
                    "household_id,region_code,categories,residence,per_capita_monthly_income,"
                            + "address\n"
                            + id
                            + ","
                            + ProofWorld.INSIDE.value()
                            + ",DIBAO,RURAL,300.00,"
                            + csvCell(payload)
                            + "\n";
            String members =
                    "household_id,id_number,name,relation,labor_capacity,disability_grade,"
                            + "disability_type,serious_illness,phone\n"
                            + id
                            + ","
                            + ProofWorld.idNumber(200 + i).value()
                            + ","
                            + csvCell(payload)
                            + ",HEAD,FULL,,,false,\n";
            importAndWait(households, members);

            MvcResult one = as(world.town, get("/api/v1/households/{id}", id));
            assertJsonData(one);
            JsonNode household = json.readTree(one.getResponse().getContentAsString());
            assertThat(household.get("members").get(0).get("name").stringValue())
                    .isEqualTo(payload);
            assertThat(household.get("address").stringValue()).isEqualTo(payload);

            MvcResult list = as(world.town, get("/api/v1/households").param("q", "PROOF-XSS-" + i));
            assertJsonData(list);
            assertThat(
                            json.readTree(list.getResponse().getContentAsString())
                                    .get("items")
                                    .get(0)
                                    .get("headName")
                                    .stringValue())
                    .isEqualTo(payload);
        }
    }

    @Test
    void aScriptInAVisitsRemarksComesBackAsJsonData() throws Exception {
        String payload = String.join(" ", PAYLOADS);
        MvcResult visited = visit(PAYLOADS.get(1), payload);
        assertThat(visited.getResponse().getStatus())
                .as(visited.getResponse().getContentAsString())
                .isEqualTo(200);

        MvcResult detail = as(world.town, get("/api/v1/cases/{id}", world.insideCase));

        assertJsonData(detail);
        JsonNode visit = json.readTree(detail.getResponse().getContentAsString()).get("visit");
        assertThat(visit.get("remarks").stringValue()).isEqualTo(payload);
        assertThat(visit.get("investigators").get(0).stringValue()).isEqualTo(PAYLOADS.get(1));
    }

    @Test
    void aScriptInADepartmentTokensLabelComesBackAsJsonData() throws Exception {
        String payload = PAYLOADS.get(0);
        MvcResult issued =
                as(
                        world.province,
                        post("/api/v1/admin/department-tokens")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"department\": \"HEALTH\", \"label\": %s}"
                                                .formatted(json.writeValueAsString(payload))));
        assertThat(issued.getResponse().getStatus()).isEqualTo(201);

        MvcResult list = as(world.province, get("/api/v1/admin/department-tokens"));

        assertJsonData(list);
        assertThat(list.getResponse().getContentAsString())
                .contains(json.writeValueAsString(payload));
    }

    @Test
    void aScriptInAParameterIsNotEchoedAsMarkupInTheProblem() throws Exception {
        MvcResult refused =
                as(world.town, get("/api/v1/statistics/funnel").param("from", PAYLOADS.get(0)));

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(refused.getResponse().getContentType())
                .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(refused.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aScriptStoredAsANameOrARemarkIsEscapedInThePages() throws Exception {
        String name = PAYLOADS.get(0);
        String remark = PAYLOADS.get(1) + " " + PAYLOADS.get(2);
        registry.register(ProofWorld.household("PROOF-XSS-PAGE", ProofWorld.INSIDE, name, 250));
        assertThat(visit(PAYLOADS.get(1), remark).getResponse().getStatus()).isEqualTo(200);
        MockHttpSession town = signIn(world.town);

        for (String page :
                List.of(
                        "/households/PROOF-XSS-PAGE",
                        "/households?q=PROOF-XSS-PAGE",
                        "/cases/" + world.insideCase)) {
            MvcResult shown = mvc.perform(get(page).session(town)).andReturn();

            assertThat(shown.getResponse().getStatus()).as(page).isEqualTo(200);
            assertThat(shown.getResponse().getContentType()).startsWith("text/html");
            String html = shown.getResponse().getContentAsString();
            for (String payload : PAYLOADS.subList(0, 3)) {
                assertThat(html).as(page).doesNotContain(payload);
            }
        }
        String household =
                mvc.perform(get("/households/PROOF-XSS-PAGE").session(town))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
        assertThat(household).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;");
        String casePage =
                mvc.perform(get("/cases/" + world.insideCase).session(town))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
        assertThat(casePage).contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    /** The assistant records the visit of the inside case with the investigator and remarks. */
    private MvcResult visit(String investigator, String remarks) throws Exception {
        int version =
                jdbc.sql("SELECT version FROM alerting_case WHERE id = :id")
                        .param("id", world.insideCase)
                        .query(Integer.class)
                        .single();
        return as(
                world.assistant,
                post("/api/v1/cases/{id}/visit", world.insideCase)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"visitedOn": "2024-09-01",
                                 "investigators": [%s, "b"],
                                 "findings": {"perCapitaMonthlyIncome": "300.00",
                                  "householdSize": 1, "assetsWithinLocalRules": true,
                                  "rigidSpending": {"medicalOutOfPocket": "6000.00"},
                                  "hardship": "6000.00", "hasMemberAbleToWork": false,
                                  "hasAbleSupporter": false, "members": []},
                                 "remarks": %s, "familySigned": true, "version": %d}
                                """
                                        .formatted(
                                                json.writeValueAsString(investigator),
                                                json.writeValueAsString(remarks),
                                                version)));
    }

    private MockHttpSession signIn(CurrentUser user) throws Exception {
        return (MockHttpSession)
                mvc.perform(
                                post("/login")
                                        .with(
                                                org.springframework.security.test.web.servlet
                                                        .request
                                                        .SecurityMockMvcRequestPostProcessors
                                                        .csrf())
                                        .param("username", user.username())
                                        .param(
                                                "password",
                                                org.tuodi.server.platform.TestUsers.PASSWORD))
                        .andReturn()
                        .getRequest()
                        .getSession();
    }

    private static void assertJsonData(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
        assertThat(result.getResponse().getContentType())
                .startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private MvcResult as(
            CurrentUser user,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(CaseFixtures.as(user))).andReturn();
    }

    private void importAndWait(String households, String members) throws Exception {
        MvcResult started =
                mvc.perform(
                                org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                                        .multipart("/api/v1/imports")
                                        .file(ProofWorld.csv("households", households))
                                        .file(ProofWorld.csv("members", members))
                                        .with(CaseFixtures.as(world.town)))
                        .andReturn();
        assertThat(started.getResponse().getStatus()).isEqualTo(202);
        String location = started.getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        world.awaitImport(id);
        assertThat(
                        jdbc.sql("SELECT status FROM registry_import_job WHERE id = :id")
                                .param("id", id)
                                .query(String.class)
                                .single())
                .isEqualTo("SUCCEEDED");
    }

    private static String csvCell(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
