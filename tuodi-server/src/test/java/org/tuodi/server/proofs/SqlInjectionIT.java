package org.tuodi.server.proofs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tuodi.server.alerting.AlertWorkflow;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.registry.HouseholdRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL 注入: every search and filter parameter of the API and of the pages (the inbox's sort order
 * among them), and every text id in a path, given the classic payloads. Each answer is a 4xx naming
 * the parameter, or (for the free-text household search) the households that contain the text
 * literally (usually none), never a 500; and no table changed.
 */
@ServerIntegrationTest
class SqlInjectionIT {

    static final List<String> PAYLOADS =
            List.of(
                    "' OR '1'='1",
                    "1' OR 1=1 --",
                    "'; DROP TABLE registry_household; --",
                    "1; DELETE FROM registry_member",
                    "%' OR name LIKE '%",
                    "\\' OR 1=1 --",
                    "' UNION SELECT id_number, name FROM registry_member --",
                    "41' AND (SELECT count(*) FROM platform_user) > 0 --",
                    "$$; TRUNCATE platform_audit; $$",
                    "%",
                    "_",
                    "4111%",
                    "1 AND 1=CAST((SELECT password_hash FROM platform_user LIMIT 1) AS int)");

    /** Every search or filter parameter (a path variable written {@code {}}), as a request. */
    static final List<String> PARAMETERS =
            List.of(
                    "/api/v1/households?q",
                    "/api/v1/households?region",
                    "/api/v1/households?page",
                    "/api/v1/households?size",
                    "/api/v1/households/{}",
                    "/api/v1/households/{}/categories",
                    "/api/v1/cases?status",
                    "/api/v1/cases?level",
                    "/api/v1/cases?region",
                    "/api/v1/cases?overdue",
                    "/api/v1/cases?page",
                    "/api/v1/cases?size",
                    "/api/v1/cases/{}",
                    "/api/v1/statistics/funnel?region",
                    "/api/v1/statistics/funnel?from",
                    "/api/v1/statistics/by-region?to",
                    "/api/v1/statistics/by-indicator?region",
                    "/api/v1/statistics/trend?granularity",
                    "/api/v1/statistics/trend?region",
                    "/api/v1/unmatched?region",
                    "/api/v1/unmatched?page",
                    "/api/v1/standards?region",
                    "/api/v1/standards?date",
                    "/api/v1/regions/{}",
                    "/api/v1/regions/{}/children",
                    "/api/v1/villages/{}/assistant",
                    "/api/v1/imports/{}",
                    "/api/v1/imports/1/rejects?page",
                    "/api/v1/imports/1/rejects?size",
                    "/api/v1/imports/1/rejects?format",
                    "/api/v1/audit?from",
                    "/api/v1/audit?to",
                    "/api/v1/audit?page",
                    "/api/v1/audit?size");

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
    void theHouseholdSearchFindsByNameSoAnEmptyAnswerMeansSomething() throws Exception {
        MvcResult found = search(ProofWorld.NAMES.get(0));

        assertThat(total(found)).isEqualTo(1);
        assertThat(literalMatches(ProofWorld.NAMES.get(0))).isEqualTo(1);
        assertThat(literalMatches("' OR '1'='1")).isZero();
        assertThat(total(search(""))).isGreaterThan(1);
    }

    @Test
    void noSearchOrFilterParameterCanBeTurnedIntoSql() throws Exception {
        Map<String, Long> before = TableCounts.of(jdbc);
        List<String> wrong = new ArrayList<>();

        for (String parameter : PARAMETERS) {
            for (String payload : PAYLOADS) {
                MvcResult result =
                        mvc.perform(
                                        request(parameter, payload)
                                                .with(CaseFixtures.as(world.province)))
                                .andReturn();
                int status = result.getResponse().getStatus();
                String at = parameter + " = " + payload + ": " + status;
                if (parameter.equals("/api/v1/households?q")) {
                    if (status != 200 || total(result) != literalMatches(payload)) {
                        wrong.add(at + " with " + result.getResponse().getContentAsString());
                    }
                } else if (status < 400 || status >= 500) {
                    wrong.add(at + " " + result.getResponse().getContentAsString());
                } else if (!String.valueOf(result.getResponse().getContentType())
                        .startsWith("application/problem+json")) {
                    wrong.add(at + " is not problem+json");
                }
            }
        }

        assertThat(wrong).as("answers to injected parameters").isEmpty();
        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
        assertThat(total(search(""))).isGreaterThan(1);
    }

    /** The filters, sort orders and searches of the pages (a signed-in session). */
    static final List<String> PAGE_PARAMETERS =
            List.of(
                    "/cases?region",
                    "/cases?status",
                    "/cases?level",
                    "/cases?overdue",
                    "/cases?from",
                    "/cases?to",
                    "/cases?indicator",
                    "/cases?stage",
                    "/cases?sort",
                    "/cases/export?sort",
                    "/cases/export?region",
                    "/households?q",
                    "/households?region",
                    "/households?page",
                    "/dashboard?region",
                    "/dashboard?from",
                    "/dashboard/export?to",
                    "/api/v1/cases/export?region",
                    "/api/v1/cases/export?status",
                    "/api/v1/statistics/export?region",
                    "/audit?actor",
                    "/audit?action",
                    "/audit?subjectType",
                    "/audit?subjectId",
                    "/audit?from",
                    "/audit/export?actor",
                    "/api/v1/audit?actor",
                    "/api/v1/audit?action",
                    "/api/v1/audit?subjectId");

    @Test
    void noFilterSortOrSearchOfThePagesCanBeTurnedIntoSql() throws Exception {
        org.springframework.mock.web.MockHttpSession session =
                (org.springframework.mock.web.MockHttpSession)
                        mvc.perform(
                                        org.springframework.test.web.servlet.request
                                                .MockMvcRequestBuilders.post("/login")
                                                .with(
                                                        org.springframework.security.test.web
                                                                .servlet.request
                                                                .SecurityMockMvcRequestPostProcessors
                                                                .csrf())
                                                .param("username", world.province.username())
                                                .param(
                                                        "password",
                                                        org.tuodi.server.platform.TestUsers
                                                                .PASSWORD))
                                .andReturn()
                                .getRequest()
                                .getSession();
        Map<String, Long> before = TableCounts.of(jdbc);
        List<String> wrong = new ArrayList<>();

        for (String parameter : PAGE_PARAMETERS) {
            for (String payload : PAYLOADS) {
                MockHttpServletRequestBuilder request = request(parameter, payload);
                MvcResult result =
                        mvc.perform(
                                        parameter.startsWith("/api/")
                                                ? request.with(CaseFixtures.as(world.province))
                                                : request.session(session))
                                .andReturn();
                int status = result.getResponse().getStatus();
                if (status >= 500 || (status != 200 && status < 400)) {
                    wrong.add(parameter + " = " + payload + ": " + status);
                }
            }
        }

        assertThat(wrong).as("answers to injected page parameters").isEmpty();
        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
    }

    private static MockHttpServletRequestBuilder request(String parameter, String payload) {
        if (parameter.contains("{}")) {
            String[] parts = parameter.split("\\{}", -1);
            return get(parts[0] + "{value}" + parts[1], payload);
        }
        String[] parts = parameter.split("\\?");
        return get(parts[0]).param(parts[1], payload);
    }

    /**
     * The households of 河南 whose id starts with the text or with a member whose name contains it,
     * literally (no SQL pattern): what the search must find for it, usually none.
     */
    private long literalMatches(String text) {
        return jdbc.sql(
                        """
                        SELECT count(*) FROM registry_household h
                        WHERE h.region_code LIKE '41%'
                          AND (starts_with(lower(h.id), lower(:text))
                               OR EXISTS (SELECT 1 FROM registry_member m
                                          WHERE m.household_id = h.id
                                            AND strpos(m.name, :text) > 0))
                        """)
                .param("text", text.strip())
                .query(Long.class)
                .single();
    }

    private MvcResult search(String q) throws Exception {
        return mvc.perform(
                        get("/api/v1/households")
                                .param("q", q)
                                .with(CaseFixtures.as(world.province)))
                .andReturn();
    }

    private long total(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString()).get("total").asLong();
    }
}
