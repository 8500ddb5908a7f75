package org.tuodi.server.proofs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tuodi.core.event.Source;
import org.tuodi.server.alerting.AlertWorkflow;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.platform.TestUsers;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * 权限矩阵: every endpoint of the server (enumerated at run time from the handler mappings) × every
 * role × a thing inside and outside the user's region, against the status declared in {@link
 * #MATRIX}. A new endpoint fails {@link #everyEndpointIsDeclaredInTheMatrix} until it is declared
 * there, with its probe in {@link #probes}.
 *
 * <p>Users sign in with HTTP Basic as in production (the feed with a real department token). The
 * world: {@link ProofWorld} (users of 河南, things in 营王村 inside, things in 宁波 outside). A probe that
 * would change something is made harmless: a case step carries a stale version (an allowed role
 * gets 409 Conflict, proving it passed the checks, and the case is unchanged), a photo is not an
 * image (400), a standard is dated 2099.
 */
@ServerIntegrationTest
class AuthorisationMatrixIT {

    /**
     * The expected status of every endpoint for every role. {@code inside}: the thing asked for
     * (household, case, import, photo, region parameter, body region) lies within the user's region
     * (营王村, or 临颍县 where a county is needed); {@code outside}: it lies in 宁波 (浙江), outside every
     * user's region; {@code -}: the endpoint names no region. FEED is a department token, ANON no
     * credentials. 401 unauthenticated, 403 a role that may not (or a region, which is public,
     * outside), 404 a thing outside the region (as if it did not exist); 409 is an allowed role's
     * answer to a stale version, 400 to a harmless invalid body.
     */
    static final String MATRIX =
            """
            endpoint                                      | scope   | PROV CITY CNTY TOWN ASST AUDT FEED ANON
            GET /api/v1/me                                | -       | 200  200  200  200  200  200  401  401
            POST /api/v1/users                            | inside  | 201  201  201  201  403  403  401  401
                                                          | outside | 403  403  403  403  403  403  401  401
            GET /api/v1/regions/{code}                    | inside  | 200  200  200  200  200  200  401  401
                                                          | outside | 403  403  403  403  403  403  401  401
            GET /api/v1/regions/{code}/children           | inside  | 200  200  200  200  200  200  401  401
                                                          | outside | 403  403  403  403  403  403  401  401
            GET /api/v1/households                        | inside  | 200  200  200  200  403  200  401  401
                                                          | outside | 403  403  403  403  403  403  401  401
            GET /api/v1/households/{id}                   | inside  | 200  200  200  200  403  200  401  401
                                                          | outside | 404  404  404  404  403  404  401  401
            GET /api/v1/households/{id}/categories        | inside  | 200  200  200  200  403  200  401  401
                                                          | outside | 404  404  404  404  403  404  401  401
            PUT /api/v1/standards                         | inside  | 200  200  200  403  403  403  401  401
                                                          | outside | 403  403  403  403  403  403  401  401
            GET /api/v1/standards                         | inside  | 200  200  200  200  200  200  401  401
                                                          | outside | 403  403  403  403  403  403  401  401
            PUT /api/v1/villages/{code}/assistant         | inside  | 200  200  200  200  403  403  401  401
                                                          | outside | 403  403  403  403  403  403  401  401
            GET /api/v1/villages/{code}/assistant         | inside  | 200  200  200  200  403  200  401  401
                                                          | outside | 403  403  403  403  403  403  401  401
            POST /api/v1/imports                          | -       | 202  202  202  202  403  403  401  401
            GET /api/v1/imports/{id}                      | inside  | 200  200  200  200  403  200  401  401
                                                          | outside | 404  404  404  404  403  404  401  401
            GET /api/v1/imports/{id}/rejects [!format]    | inside  | 200  200  200  200  403  200  401  401
                                                          | outside | 404  404  404  404  403  404  401  401
            GET /api/v1/imports/{id}/rejects [format=csv] | inside  | 200  200  200  200  403  200  401  401
                                                          | outside | 404  404  404  404  403  404  401  401
            GET /api/v1/imports/{id}/rejects [format=xlsx] | inside  | 200  200  200  200  403  200  401  401
                                                          | outside | 404  404  404  404  403  404  401  401
            GET /api/v1/cases                             | inside  | 200  200  200  200  200  403  401  401
                                                          | outside | 403  403  403  403  403  403  401  401
            GET /api/v1/cases/{id}                        | inside  | 200  200  200  200  200  404  401  401
                                                          | outside | 404  404  404  404  404  404  401  401
            POST /api/v1/cases/{id}/assign                | inside  | 409  409  409  409  403  404  401  401
                                                          | outside | 404  404  404  404  404  404  401  401
            POST /api/v1/cases/{id}/visit                 | inside  | 409  409  409  409  409  404  401  401
                                                          | outside | 404  404  404  404  404  404  401  401
            POST /api/v1/cases/{id}/photos                | inside  | 400  400  400  400  400  404  401  401
                                                          | outside | 404  404  404  404  404  404  401  401
            GET /api/v1/cases/{id}/photos/{photoId}       | inside  | 200  200  200  200  200  404  401  401
                                                          | outside | 404  404  404  404  404  404  401  401
            POST /api/v1/cases/{id}/dispose               | inside  | 409  409  409  409  403  404  401  401
                                                          | outside | 404  404  404  404  404  404  401  401
            POST /api/v1/cases/{id}/county-decision       | inside  | 409  409  409  403  403  404  401  401
                                                          | outside | 404  404  404  404  404  404  401  401
            POST /api/v1/cases/{id}/no-assistance-needed  | inside  | 409  409  409  409  403  404  401  401
                                                          | outside | 404  404  404  404  404  404  401  401
            POST /api/v1/cases/{id}/referral-feedback     | inside  | 409  409  409  409  403  404  401  401
                                                          | outside | 404  404  404  404  404  404  401  401
            POST /api/v1/cases/{id}/close                 | inside  | 409  409  409  409  403  404  401  401
                                                          | outside | 404  404  404  404  404  404  401  401
            GET /api/v1/statistics/funnel                 | inside  | 200  200  200  200  403  403  401  401
                                                          | outside | 403  403  403  403  403  403  401  401
            GET /api/v1/statistics/by-region              | inside  | 200  200  200  200  403  403  401  401
                                                          | outside | 403  403  403  403  403  403  401  401
            GET /api/v1/statistics/by-indicator           | inside  | 200  200  200  200  403  403  401  401
                                                          | outside | 403  403  403  403  403  403  401  401
            GET /api/v1/statistics/trend                  | inside  | 200  200  200  200  403  403  401  401
                                                          | outside | 403  403  403  403  403  403  401  401
            GET /api/v1/unmatched                         | inside  | 200  200  200  403  403  403  401  401
                                                          | outside | 403  403  403  403  403  403  401  401
            POST /api/v1/admin/department-tokens          | -       | 201  403  403  403  403  403  401  401
            GET /api/v1/admin/department-tokens           | -       | 200  403  403  403  403  403  401  401
            DELETE /api/v1/admin/department-tokens/{id}   | -       | 204  403  403  403  403  403  401  401
            POST /api/v1/events                           | -       | 401  401  401  401  401  401  200  401
            POST /api/v1/events/files                     | -       | 401  401  401  401  401  401  200  401
            GET /api/v1/events/test-principal             | -       | 401  401  401  401  401  401  200  401
            GET /v3/api-docs                              | -       | 200  200  200  200  200  200  200  200
            GET /v3/api-docs.yaml                         | -       | 200  200  200  200  200  200  200  200
            GET /v3/api-docs/swagger-config               | -       | 200  200  200  200  200  200  200  200
            GET /swagger-ui.html                          | -       | 302  302  302  302  302  302  302  302
            ANY /error                                    | -       | 500  500  500  500  500  500  500  500
            GET /api/v1/public-notice                     | inside  | 200  200  200  200  200  200  401  401
                                                          | outside | 403  403  403  403  403  403  401  401
            POST /api/v1/households/{id}/authorisations   | inside  | 400  400  400  400  403  403  401  401
                                                          | outside | 404  404  404  404  403  403  401  401
            GET /api/v1/households/{id}/authorisations    | inside  | 200  200  200  200  403  200  401  401
                                                          | outside | 404  404  404  404  403  404  401  401
            POST /api/v1/households/{id}/members/{position}/unmask | inside  | 403  403  403  403  403  403  401  401
                                                          | outside | 404  404  404  404  403  403  401  401
            POST /api/v1/households/{id}/economic-checks  | inside  | 403  403  403  403  403  403  401  401
                                                          | outside | 404  404  404  404  403  403  401  401
            GET /api/v1/households/{id}/economic-checks   | inside  | 200  200  200  200  403  200  401  401
                                                          | outside | 404  404  404  404  403  404  401  401
            GET /api/v1/cases/export                      | inside  | 200  200  200  200  200  403  401  401
                                                          | outside | 403  403  403  403  403  403  401  401
            GET /api/v1/statistics/export                 | inside  | 200  200  200  200  403  403  401  401
                                                          | outside | 403  403  403  403  403  403  401  401
            GET /api/v1/rule-sets                         | -       | 200  200  200  403  403  403  401  401
            GET /api/v1/rule-sets/{id}                    | -       | 200  200  200  403  403  403  401  401
            POST /api/v1/rule-sets/check                  | -       | 200  200  200  403  403  403  401  401
            POST /api/v1/rule-sets                        | -       | 400  400  400  403  403  403  401  401
            PUT /api/v1/rule-sets/{id}                    | -       | 409  409  409  403  403  403  401  401
            POST /api/v1/rule-sets/{id}/publish           | -       | 409  403  403  403  403  403  401  401
            POST /api/v1/rule-sets/{id}/what-if           | -       | 400  400  400  403  403  403  401  401
            GET /api/v1/what-ifs/{id}                     | -       | 404  404  404  403  403  403  401  401
            GET /api/v1/audit                             | -       | 200  200  200  403  403  200  401  401
            GET /api/v1/audit/verification                | -       | 200  200  200  403  403  200  401  401
            GET /login                                    | -       | 200  200  200  200  200  200  200  200
            GET /                                         | -       | 302  302  302  302  302  302  302  302
            GET /audit                                    | -       | 200  200  200  403  403  200  302  302
            GET /audit/export                             | -       | 200  200  200  403  403  200  302  302
            GET /dashboard                                | inside  | 200  200  200  200  302  302  302  302
                                                          | outside | 403  403  403  403  302  302  302  302
            GET /dashboard/export                         | inside  | 200  200  200  200  403  403  302  302
                                                          | outside | 403  403  403  403  403  403  302  302
            GET /tasks                                    | -       | 302  302  302  302  200  302  302  302
            GET /cases                                    | inside  | 200  200  200  200  302  302  302  302
                                                          | outside | 403  403  403  403  302  302  302  302
            POST /cases/assign                            | inside  | 302  302  302  302  403  403  302  302
                                                          | outside | 302  302  302  302  403  403  302  302
            GET /cases/export                             | -       | 200  200  200  200  200  403  302  302
            GET /cases/{id}                               | inside  | 200  200  200  200  200  404  302  302
                                                          | outside | 404  404  404  404  404  404  302  302
            GET /cases/{id}/photos/{photoId}              | inside  | 200  200  200  200  200  404  302  302
                                                          | outside | 404  404  404  404  404  404  302  302
            POST /cases/{id}/assign                       | inside  | 409  409  409  409  403  404  302  302
                                                          | outside | 404  404  404  404  404  404  302  302
            POST /cases/{id}/dispose                      | inside  | 409  409  409  409  403  404  302  302
                                                          | outside | 404  404  404  404  404  404  302  302
            POST /cases/{id}/county-decision              | inside  | 409  409  409  403  403  404  302  302
                                                          | outside | 404  404  404  404  404  404  302  302
            POST /cases/{id}/no-assistance-needed         | inside  | 409  409  409  409  403  404  302  302
                                                          | outside | 404  404  404  404  404  404  302  302
            POST /cases/{id}/referral-feedback            | inside  | 409  409  409  409  403  404  302  302
                                                          | outside | 404  404  404  404  404  404  302  302
            POST /cases/{id}/close                        | inside  | 409  409  409  409  403  404  302  302
                                                          | outside | 404  404  404  404  404  404  302  302
            GET /cases/{id}/visit                         | inside  | 200  200  200  200  200  404  302  302
                                                          | outside | 404  404  404  404  404  404  302  302
            POST /cases/{id}/visit                        | inside  | 409  409  409  409  409  404  302  302
                                                          | outside | 404  404  404  404  404  404  302  302
            GET /households                               | inside  | 200  200  200  200  403  200  302  302
                                                          | outside | 403  403  403  403  403  403  302  302
            GET /households/{id}                          | inside  | 200  200  200  200  403  200  302  302
                                                          | outside | 404  404  404  404  403  404  302  302
            GET /imports                                  | -       | 200  200  200  200  403  200  302  302
            POST /imports                                 | -       | 400  400  400  400  403  403  302  302
            GET /imports/{id}                             | inside  | 200  200  200  200  403  200  302  302
                                                          | outside | 404  404  404  404  403  404  302  302
            GET /imports/{id}/progress                    | inside  | 200  200  200  200  403  200  302  302
                                                          | outside | 404  404  404  404  403  404  302  302
            GET /imports/{id}/rejects.csv                 | inside  | 200  200  200  200  403  200  302  302
                                                          | outside | 404  404  404  404  403  404  302  302
            GET /imports/{id}/rejects.xlsx                | inside  | 200  200  200  200  403  200  302  302
                                                          | outside | 404  404  404  404  403  404  302  302
            GET /rules                                    | -       | 200  200  200  403  403  403  302  302
            GET /rules/new                                | -       | 200  200  200  403  403  403  302  302
            POST /rules                                   | -       | 400  400  400  403  403  403  302  302
            GET /rules/{id}                               | -       | 200  200  200  403  403  403  302  302
            POST /rules/{id}                              | -       | 409  409  409  403  403  403  302  302
            POST /rules/check                             | -       | 200  200  200  403  403  403  302  302
            POST /rules/{id}/publish                      | -       | 409  403  403  403  403  403  302  302
            POST /rules/{id}/what-if                      | -       | 400  400  400  403  403  403  302  302
            GET /rules/what-ifs/{id}                      | -       | 404  404  404  403  403  403  302  302
            GET /rules/what-ifs/{id}/progress             | -       | 404  404  404  403  403  403  302  302
            """;

    /** The columns of {@link #MATRIX}: six roles with a user, the department feed, anonymous. */
    static final List<String> COLUMNS =
            List.of("PROV", "CITY", "CNTY", "TOWN", "ASST", "AUDT", "FEED", "ANON");

    static final Map<String, Role> ROLE_OF_COLUMN =
            Map.of(
                    "PROV", Role.PROVINCE_OFFICER,
                    "CITY", Role.CITY_OFFICER,
                    "CNTY", Role.COUNTY_OFFICER,
                    "TOWN", Role.TOWN_OFFICER,
                    "ASST", Role.VILLAGE_ASSISTANT,
                    "AUDT", Role.AUDITOR,
                    "FEED", Role.DEPARTMENT_FEED);

    enum Scope {
        INSIDE,
        OUTSIDE,
        NONE
    }

    /** A request aimed inside or outside the user's region (NONE: the endpoint names none). */
    interface Probe {
        AbstractMockHttpServletRequestBuilder<?> request(Scope scope) throws Exception;
    }

    static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CaseFixtures fixtures;
    @Autowired HouseholdRegistry registry;
    @Autowired AlertWorkflow workflow;
    @Autowired ApplicationContext context;

    ProofWorld world;
    String feedToken;
    final Map<String, MockHttpSession> sessions = new java.util.HashMap<>();

    @BeforeEach
    void theWorldOfTheProofs() throws Exception {
        world = new ProofWorld(fixtures, mvc, jdbc, registry, workflow).build();
        feedToken = fixtures.tokenFor(Source.MEDICAL_INSURANCE);
    }

    @Test
    void everyEndpointIsDeclaredInTheMatrix() {
        Set<String> declared = new TreeSet<>(parse(MATRIX).keySet());
        Set<String> existing = endpoints(context);

        assertThat(existing)
                .as("endpoints of the server missing from AuthorisationMatrixIT.MATRIX")
                .isSubsetOf(declared);
        assertThat(declared)
                .as("endpoints declared in AuthorisationMatrixIT.MATRIX that do not exist")
                .isSubsetOf(existing);
        assertThat(probes().keySet())
                .as("every declared endpoint has its probe")
                .containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void everyRoleGetsTheDeclaredAnswerFromEveryEndpointInsideAndOutsideItsRegion()
            throws Exception {
        Map<String, Map<Scope, Map<String, Integer>>> matrix = parse(MATRIX);
        Map<String, Probe> probes = probes();
        List<String> wrong = new ArrayList<>();
        StringBuilder observed = new StringBuilder();
        int checked = 0;
        for (var endpoint : matrix.entrySet()) {
            Probe probe = probes.get(endpoint.getKey());
            boolean first = true;
            for (var scope : endpoint.getValue().entrySet()) {
                observed.append(
                        "%-45s | %-7s |"
                                .formatted(
                                        first ? endpoint.getKey() : "",
                                        scope.getKey() == Scope.NONE
                                                ? "-"
                                                : scope.getKey().name().toLowerCase()));
                first = false;
                for (String column : COLUMNS) {
                    int expected = scope.getValue().get(column);
                    boolean api = endpoint.getKey().contains(" /api/");
                    MvcResult result =
                            mvc.perform(probe.request(scope.getKey()).with(principal(column, api)))
                                    .andReturn();
                    int actual = result.getResponse().getStatus();
                    observed.append(" %-4d".formatted(actual));
                    checked++;
                    String at = endpoint.getKey() + " " + scope.getKey() + " " + column;
                    if (actual != expected) {
                        wrong.add(
                                at
                                        + ": expected "
                                        + expected
                                        + ", got "
                                        + actual
                                        + " "
                                        + result.getResponse().getContentAsString());
                    } else if (api
                            && (actual == 401 || actual == 403 || actual == 404)
                            && !String.valueOf(result.getResponse().getContentType())
                                    .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                        wrong.add(at + ": a refusal that is not problem+json");
                    }
                }
                observed.append('\n');
            }
        }
        world.awaitNoImportRunning();

        assertThat(wrong)
                .as("answers differing from the matrix; the answers observed:%n%s", observed)
                .isEmpty();
        assertThat(checked).isGreaterThan(300);
    }

    // ---- the probes: one request per endpoint, aimed inside or outside

    Map<String, Probe> probes() {
        Map<String, Probe> p = new LinkedHashMap<>();
        p.put("GET /api/v1/me", s -> get("/api/v1/me"));
        p.put(
                "POST /api/v1/users",
                s ->
                        json(
                                post("/api/v1/users"),
                                """
                                {"username": "proof-new-%d", "password": "a-long-password",
                                 "role": "VILLAGE_ASSISTANT", "regionCode": "%s"}
                                """
                                        .formatted(SERIAL.incrementAndGet(), village(s))));
        p.put("GET /api/v1/regions/{code}", s -> get("/api/v1/regions/{code}", village(s)));
        p.put(
                "GET /api/v1/regions/{code}/children",
                s -> get("/api/v1/regions/{code}/children", village(s)));
        p.put("GET /api/v1/households", s -> get("/api/v1/households").param("region", village(s)));
        p.put("GET /api/v1/households/{id}", s -> get("/api/v1/households/{id}", household(s)));
        p.put(
                "GET /api/v1/households/{id}/categories",
                s -> get("/api/v1/households/{id}/categories", household(s)));
        p.put(
                "PUT /api/v1/standards",
                s -> json(put("/api/v1/standards"), ProofWorld.standard(village(s))));
        p.put(
                "GET /api/v1/standards",
                s ->
                        get("/api/v1/standards")
                                .param("region", village(s))
                                .param("date", "2099-12-31"));
        p.put(
                "PUT /api/v1/villages/{code}/assistant",
                s ->
                        json(
                                put("/api/v1/villages/{code}/assistant", village(s)),
                                "{\"userId\": %d}".formatted(world.assistant.id())));
        p.put(
                "GET /api/v1/villages/{code}/assistant",
                s -> get("/api/v1/villages/{code}/assistant", village(s)));
        p.put(
                "POST /api/v1/imports",
                s ->
                        multipart("/api/v1/imports")
                                .file(
                                        ProofWorld.csv(
                                                "households",
                                                "household_id,region_code,categories,residence,"
                                                        + "per_capita_monthly_income,address\n"))
                                .file(
                                        ProofWorld.csv(
                                                "members",
                                                "household_id,id_number,name,relation\n")));
        p.put("GET /api/v1/imports/{id}", s -> get("/api/v1/imports/{id}", importJob(s)));
        p.put(
                "GET /api/v1/imports/{id}/rejects [!format]",
                s -> get("/api/v1/imports/{id}/rejects", importJob(s)));
        p.put(
                "GET /api/v1/imports/{id}/rejects [format=csv]",
                s -> get("/api/v1/imports/{id}/rejects", importJob(s)).param("format", "csv"));
        p.put(
                "GET /api/v1/imports/{id}/rejects [format=xlsx]",
                s -> get("/api/v1/imports/{id}/rejects", importJob(s)).param("format", "xlsx"));
        p.put("GET /api/v1/cases", s -> get("/api/v1/cases").param("region", village(s)));
        p.put("GET /api/v1/cases/{id}", s -> get("/api/v1/cases/{id}", caseId(s)));
        p.put(
                "POST /api/v1/cases/{id}/assign",
                s ->
                        caseStep(
                                s,
                                "assign",
                                "{\"assigneeId\": %d, \"version\": 999999}"
                                        .formatted(world.assistant.id())));
        p.put(
                "POST /api/v1/cases/{id}/visit",
                s ->
                        caseStep(
                                s,
                                "visit",
                                """
                                {"visitedOn": "2024-08-20", "investigators": ["a", "b"],
                                 "findings": {"perCapitaMonthlyIncome": "300.00",
                                  "householdSize": 1, "assetsWithinLocalRules": true,
                                  "rigidSpending": {"medicalOutOfPocket": "6000.00"},
                                  "hardship": "6000.00", "hasMemberAbleToWork": false,
                                  "hasAbleSupporter": false, "members": []},
                                 "familySigned": true, "version": 999999}
                                """));
        p.put(
                "POST /api/v1/cases/{id}/photos",
                s ->
                        multipart("/api/v1/cases/{id}/photos", caseId(s))
                                .file(
                                        new MockMultipartFile(
                                                "photo", "a.png", "text/plain", new byte[] {1})));
        p.put(
                "GET /api/v1/cases/{id}/photos/{photoId}",
                s ->
                        get(
                                "/api/v1/cases/{id}/photos/{photoId}",
                                caseId(s),
                                s == Scope.INSIDE ? world.insidePhoto : world.outsidePhoto));
        p.put(
                "POST /api/v1/cases/{id}/dispose",
                s ->
                        caseStep(
                                s,
                                "dispose",
                                "{\"outcome\": \"TERMINATE_OR_NO_NEED\", \"measures\": [],"
                                        + " \"version\": 999999}"));
        p.put(
                "POST /api/v1/cases/{id}/county-decision",
                s -> caseStep(s, "county-decision", "{\"decision\": \"同意\", \"version\": 999999}"));
        p.put(
                "POST /api/v1/cases/{id}/no-assistance-needed",
                s ->
                        caseStep(
                                s,
                                "no-assistance-needed",
                                "{\"reason\": \"已脱困\", \"version\": 999999}"));
        p.put(
                "POST /api/v1/cases/{id}/referral-feedback",
                s ->
                        caseStep(
                                s,
                                "referral-feedback",
                                "{\"measure\": \"MEDICAL_ASSISTANCE\", \"result\": \"已救助\","
                                        + " \"version\": 999999}"));
        p.put("POST /api/v1/cases/{id}/close", s -> caseStep(s, "close", "{\"version\": 999999}"));
        for (String report : List.of("funnel", "by-region", "by-indicator", "trend")) {
            p.put(
                    "GET /api/v1/statistics/" + report,
                    s -> get("/api/v1/statistics/" + report).param("region", village(s)));
        }
        p.put(
                "GET /api/v1/unmatched",
                s ->
                        get("/api/v1/unmatched")
                                .param(
                                        "region",
                                        s == Scope.INSIDE
                                                ? CaseFixtures.COUNTY.value()
                                                : ProofWorld.OUTSIDE_COUNTY));
        p.put(
                "POST /api/v1/admin/department-tokens",
                s ->
                        json(
                                post("/api/v1/admin/department-tokens"),
                                "{\"department\": \"HEALTH\", \"label\": \"matrix\"}"));
        p.put("GET /api/v1/admin/department-tokens", s -> get("/api/v1/admin/department-tokens"));
        p.put(
                "DELETE /api/v1/admin/department-tokens/{id}",
                s -> delete("/api/v1/admin/department-tokens/{id}", freshTokenId()));
        p.put("POST /api/v1/events", s -> json(post("/api/v1/events"), "{\"events\": []}"));
        p.put(
                "POST /api/v1/events/files",
                s ->
                        multipart("/api/v1/events/files")
                                .file(
                                        ProofWorld.csv(
                                                "file",
                                                "event_id,source,type,id_number,occurred_on\n")));
        p.put("GET /api/v1/events/test-principal", s -> get("/api/v1/events/test-principal"));
        p.put("GET /v3/api-docs", s -> get("/v3/api-docs"));
        p.put("GET /v3/api-docs.yaml", s -> get("/v3/api-docs.yaml"));
        p.put("GET /v3/api-docs/swagger-config", s -> get("/v3/api-docs/swagger-config"));
        p.put("GET /swagger-ui.html", s -> get("/swagger-ui.html"));
        p.put("ANY /error", s -> get("/error"));
        // ---- the web interface and the APIs of the UI, crypto, audit and rules issues
        p.put(
                "GET /api/v1/public-notice",
                s -> get("/api/v1/public-notice").param("region", village(s)));
        p.put(
                "POST /api/v1/households/{id}/authorisations",
                s -> json(post("/api/v1/households/{id}/authorisations", household(s)), "{}"));
        p.put(
                "GET /api/v1/households/{id}/authorisations",
                s -> get("/api/v1/households/{id}/authorisations", household(s)));
        p.put(
                "POST /api/v1/households/{id}/members/{position}/unmask",
                s ->
                        json(
                                post(
                                        "/api/v1/households/{id}/members/{position}/unmask",
                                        household(s),
                                        0),
                                "{\"purpose\": \"核对\"}"));
        p.put(
                "POST /api/v1/households/{id}/economic-checks",
                s ->
                        json(
                                post("/api/v1/households/{id}/economic-checks", household(s)),
                                "{\"purpose\": \"核对\"}"));
        p.put(
                "GET /api/v1/households/{id}/economic-checks",
                s -> get("/api/v1/households/{id}/economic-checks", household(s)));
        p.put(
                "GET /api/v1/cases/export",
                s -> get("/api/v1/cases/export").param("region", village(s)));
        p.put(
                "GET /api/v1/statistics/export",
                s -> get("/api/v1/statistics/export").param("region", village(s)));
        p.put("GET /api/v1/rule-sets", s -> get("/api/v1/rule-sets"));
        p.put("GET /api/v1/rule-sets/{id}", s -> get("/api/v1/rule-sets/{id}", ruleSet()));
        p.put(
                "POST /api/v1/rule-sets/check",
                s ->
                        post("/api/v1/rule-sets/check")
                                .contentType(MediaType.TEXT_PLAIN)
                                .content("not a rule set"));
        p.put(
                "POST /api/v1/rule-sets",
                s ->
                        post("/api/v1/rule-sets")
                                .contentType(MediaType.TEXT_PLAIN)
                                .content("not a rule set"));
        p.put(
                "PUT /api/v1/rule-sets/{id}",
                s ->
                        put("/api/v1/rule-sets/{id}", ruleSet())
                                .contentType(MediaType.TEXT_PLAIN)
                                .content("not a rule set"));
        p.put(
                "POST /api/v1/rule-sets/{id}/publish",
                s ->
                        json(
                                post("/api/v1/rule-sets/{id}/publish", ruleSet()),
                                "{\"effectiveFrom\": null}"));
        p.put(
                "POST /api/v1/rule-sets/{id}/what-if",
                s ->
                        json(
                                post("/api/v1/rule-sets/{id}/what-if", ruleSet()),
                                "{\"from\": \"2024-08-31\", \"to\": \"2024-08-01\"}"));
        p.put("GET /api/v1/what-ifs/{id}", s -> get("/api/v1/what-ifs/{id}", 999_999));
        p.put("GET /api/v1/audit", s -> get("/api/v1/audit").param("action", "CASE_READ"));
        p.put("GET /api/v1/audit/verification", s -> get("/api/v1/audit/verification"));
        p.put("GET /login", s -> get("/login"));
        p.put("GET /", s -> get("/"));
        p.put("GET /audit", s -> get("/audit").param("action", "CASE_READ"));
        p.put("GET /audit/export", s -> get("/audit/export").param("action", "CASE_READ"));
        p.put("GET /dashboard", s -> get("/dashboard").param("region", village(s)));
        p.put("GET /dashboard/export", s -> get("/dashboard/export").param("region", village(s)));
        p.put("GET /tasks", s -> get("/tasks"));
        p.put("GET /cases", s -> get("/cases").param("region", village(s)));
        p.put(
                "POST /cases/assign",
                s -> form(post("/cases/assign")).param("selected", caseId(s) + ":999999"));
        p.put("GET /cases/export", s -> get("/cases/export"));
        p.put("GET /cases/{id}", s -> get("/cases/{id}", caseId(s)));
        p.put(
                "GET /cases/{id}/photos/{photoId}",
                s ->
                        get(
                                "/cases/{id}/photos/{photoId}",
                                caseId(s),
                                s == Scope.INSIDE ? world.insidePhoto : world.outsidePhoto));
        for (String step :
                List.of(
                        "assign",
                        "dispose",
                        "county-decision",
                        "no-assistance-needed",
                        "referral-feedback",
                        "close")) {
            p.put(
                    "POST /cases/{id}/" + step,
                    s ->
                            form(post("/cases/{id}/" + step, caseId(s)))
                                    .param("version", "999999")
                                    .param("assignee", world.assistant.username())
                                    .param("outcome", "TERMINATE_OR_NO_NEED")
                                    .param("decision", "同意")
                                    .param("reason", "已脱困")
                                    .param("measure", "MEDICAL_ASSISTANCE")
                                    .param("result", "已救助"));
        }
        p.put("GET /cases/{id}/visit", s -> get("/cases/{id}/visit", caseId(s)));
        p.put(
                "POST /cases/{id}/visit",
                s ->
                        form(post("/cases/{id}/visit", caseId(s)))
                                .param("version", "999999")
                                .param("visitedOn", "2024-09-01")
                                .param("investigator1", "a")
                                .param("investigator2", "b")
                                .param("income", "300.00")
                                .param("householdSize", "1")
                                .param("medical", "6000.00")
                                .param("hardship", "6000.00")
                                .param("familySigned", "true"));
        p.put("GET /households", s -> get("/households").param("region", village(s)));
        p.put("GET /households/{id}", s -> get("/households/{id}", household(s)));
        p.put("GET /imports", s -> get("/imports"));
        p.put("POST /imports", s -> form(multipart("/imports")));
        p.put("GET /imports/{id}", s -> get("/imports/{id}", importJob(s)));
        p.put("GET /imports/{id}/progress", s -> get("/imports/{id}/progress", importJob(s)));
        p.put("GET /imports/{id}/rejects.csv", s -> get("/imports/{id}/rejects.csv", importJob(s)));
        p.put(
                "GET /imports/{id}/rejects.xlsx",
                s -> get("/imports/{id}/rejects.xlsx", importJob(s)));
        p.put("GET /rules", s -> get("/rules"));
        p.put("GET /rules/new", s -> get("/rules/new"));
        p.put("POST /rules", s -> form(post("/rules")).param("content", "not a rule set"));
        p.put("GET /rules/{id}", s -> get("/rules/{id}", ruleSet()));
        p.put(
                "POST /rules/{id}",
                s -> form(post("/rules/{id}", ruleSet())).param("content", "not a rule set"));
        p.put(
                "POST /rules/check",
                s -> form(post("/rules/check")).param("content", "not a rule set"));
        p.put(
                "POST /rules/{id}/publish",
                s ->
                        form(post("/rules/{id}/publish", ruleSet()))
                                .param("effectiveFrom", "2099-01-01"));
        p.put(
                "POST /rules/{id}/what-if",
                s ->
                        form(post("/rules/{id}/what-if", ruleSet()))
                                .param("from", "2024-08-31")
                                .param("to", "2024-08-01"));
        p.put("GET /rules/what-ifs/{id}", s -> get("/rules/what-ifs/{id}", 999_999));
        p.put(
                "GET /rules/what-ifs/{id}/progress",
                s -> get("/rules/what-ifs/{id}/progress", 999_999));
        return p;
    }

    private static MockHttpServletRequestBuilder json(
            MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private MockHttpServletRequestBuilder caseStep(Scope s, String step, String body) {
        return json(post("/api/v1/cases/{id}/" + step, caseId(s)), body);
    }

    private String village(Scope s) {
        return (s == Scope.OUTSIDE ? ProofWorld.OUTSIDE : ProofWorld.INSIDE).value();
    }

    private String household(Scope s) {
        return (s == Scope.OUTSIDE ? world.outsideHousehold : world.insideHousehold).id().value();
    }

    private long caseId(Scope s) {
        return s == Scope.OUTSIDE ? world.outsideCase : world.insideCase;
    }

    private long importJob(Scope s) {
        return s == Scope.OUTSIDE ? world.outsideImport : world.insideImport;
    }

    /** A token issued for the probe, so that an allowed revocation has something to revoke. */
    private long freshTokenId() {
        fixtures.tokenFor(Source.HEALTH);
        return jdbc.sql("SELECT max(id) FROM ingest_department_token").query(Long.class).single();
    }

    /**
     * Who sends the probe: the API as its clients do (HTTP Basic, the feed's bearer token), the
     * pages as a browser does (the session of a form sign-in; a bearer token means nothing there).
     */
    private RequestPostProcessor principal(String column, boolean api) throws Exception {
        if (column.equals("ANON")) {
            return request -> request;
        }
        Role role = ROLE_OF_COLUMN.get(column);
        if (role == Role.DEPARTMENT_FEED) {
            return TestUsers.bearer(feedToken);
        }
        CurrentUser user = world.userOf(role).orElseThrow();
        if (api) {
            return CaseFixtures.as(user);
        }
        MockHttpSession session = sessions.get(column);
        if (session == null) {
            session =
                    (MockHttpSession)
                            mvc.perform(
                                            post("/login")
                                                    .with(csrf())
                                                    .param("username", user.username())
                                                    .param("password", TestUsers.PASSWORD))
                                    .andReturn()
                                    .getRequest()
                                    .getSession();
            sessions.put(column, session);
        }
        MockHttpSession signedIn = session;
        return request -> {
            request.setSession(signedIn);
            return request;
        };
    }

    /** A form of the pages, posted with the session's CSRF token (CsrfIT proves it is needed). */
    private static <B extends AbstractMockHttpServletRequestBuilder<B>> B form(B request) {
        return request.with(csrf());
    }

    /** The first stored rule set version (the reference one). */
    private long ruleSet() {
        return jdbc.sql("SELECT coalesce(min(id), 999999) FROM assessment_rule_set")
                .query(Long.class)
                .single();
    }

    // ---- the endpoints and the table

    /**
     * Every handler method of the MVC handler mappings, as {@code METHOD /path [params]} ({@code
     * ANY} when the mapping names no method).
     */
    static Set<String> endpoints(ApplicationContext context) {
        Set<String> keys = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping :
                context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("ANY");
                }
                String params =
                        info.getParamsCondition().getExpressions().isEmpty()
                                ? ""
                                : " "
                                        + new TreeSet<>(
                                                        info
                                                                .getParamsCondition()
                                                                .getExpressions()
                                                                .stream()
                                                                .map(Object::toString)
                                                                .toList())
                                                .toString()
                                                .replace(", ", ",");
                for (String method : methods) {
                    for (String path : info.getPatternValues()) {
                        keys.add(method + " " + path + params);
                    }
                }
            }
        }
        return keys;
    }

    /** The table: endpoint → scope → column → status. */
    static Map<String, Map<Scope, Map<String, Integer>>> parse(String table) {
        Map<String, Map<Scope, Map<String, Integer>>> rows = new LinkedHashMap<>();
        String endpoint = null;
        List<String> lines = table.lines().toList();
        List<String> header = List.of(lines.get(0).split("\\|")[2].trim().split("\\s+"));
        if (!header.equals(COLUMNS)) {
            throw new IllegalStateException("the matrix's columns are " + COLUMNS);
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\|");
            if (!cells[0].isBlank()) {
                endpoint = cells[0].trim();
            }
            Scope scope =
                    switch (cells[1].trim()) {
                        case "inside" -> Scope.INSIDE;
                        case "outside" -> Scope.OUTSIDE;
                        case "-" -> Scope.NONE;
                        default -> throw new IllegalStateException("scope of " + line);
                    };
            String[] statuses = cells[2].trim().split("\\s+");
            if (statuses.length != COLUMNS.size()) {
                throw new IllegalStateException("a status per column: " + line);
            }
            Map<String, Integer> byColumn = new LinkedHashMap<>();
            for (int i = 0; i < statuses.length; i++) {
                byColumn.put(COLUMNS.get(i), Integer.parseInt(statuses[i]));
            }
            rows.computeIfAbsent(endpoint, e -> new LinkedHashMap<>()).put(scope, byColumn);
        }
        return rows;
    }
}
