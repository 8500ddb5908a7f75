package org.tuodi.server.proofs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
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
import org.tuodi.server.platform.TestUsers;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * 跨站请求伪造 (CSRF): the pages' forms are posted with the session's CSRF token; a post without it, or
 * with a token of another session, is refused (403) and changes nothing. The REST API reads no
 * session at all (stateless HTTP Basic), so a forged request riding on a signed-in browser's
 * session cookie is not signed in there (401).
 */
@ServerIntegrationTest
class CsrfIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CaseFixtures fixtures;
    @Autowired HouseholdRegistry registry;
    @Autowired AlertWorkflow workflow;
    ProofWorld world;

    @BeforeEach
    void theWorldOfTheProofs() throws Exception {
        world = new ProofWorld(fixtures, mvc, jdbc, registry, workflow).build();
    }

    @Test
    void aFormPostedWithoutTheSessionsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        MockHttpSession town = signIn(world.town);
        int version = version();
        Map<String, Long> before = TableCounts.of(jdbc);

        for (String form :
                List.of(
                        "/cases/" + world.insideCase + "/close",
                        "/cases/" + world.insideCase + "/assign",
                        "/cases/" + world.insideCase + "/no-assistance-needed",
                        "/cases/assign",
                        "/imports")) {
            MvcResult without =
                    mvc.perform(
                                    post(form)
                                            .session(town)
                                            .param("version", Integer.toString(version))
                                            .param(
                                                    "assigneeId",
                                                    Long.toString(world.assistant.id()))
                                            .param("ids", Long.toString(world.insideCase))
                                            .param("reason", "伪造"))
                            .andReturn();
            MvcResult forged =
                    mvc.perform(
                                    post(form)
                                            .session(town)
                                            .with(csrf().useInvalidToken())
                                            .param("version", Integer.toString(version))
                                            .param("reason", "伪造"))
                            .andReturn();

            assertThat(without.getResponse().getStatus()).as(form).isEqualTo(403);
            assertThat(forged.getResponse().getStatus()).as(form).isEqualTo(403);
        }

        assertThat(version()).isEqualTo(version);
        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void theSameFormWithTheTokenPassesTheCheckAndReachesTheCase() throws Exception {
        MockHttpSession town = signIn(world.town);

        MvcResult stale =
                mvc.perform(
                                post("/cases/" + world.insideCase + "/close")
                                        .session(town)
                                        .with(csrf())
                                        .param("version", "999999"))
                        .andReturn();

        // past the CSRF check, the workflow answers: the version is stale
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void theApiReadsNoSessionSoASessionCookieSignsNothingInThere() throws Exception {
        MockHttpSession town = signIn(world.town);

        MvcResult withSession =
                mvc.perform(
                                post("/api/v1/cases/{id}/close", world.insideCase)
                                        .session(town)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"version\": %d}".formatted(version())))
                        .andReturn();
        MvcResult basic =
                mvc.perform(get("/api/v1/me").with(CaseFixtures.as(world.town))).andReturn();

        assertThat(withSession.getResponse().getStatus()).isEqualTo(401);
        assertThat(basic.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(basic.getResponse().getStatus()).isEqualTo(200);
    }

    private MockHttpSession signIn(CurrentUser user) throws Exception {
        MvcResult signedIn =
                mvc.perform(
                                post("/login")
                                        .with(csrf())
                                        .param("username", user.username())
                                        .param("password", TestUsers.PASSWORD))
                        .andReturn();
        assertThat(signedIn.getResponse().getStatus()).isEqualTo(302);
        return (MockHttpSession) signedIn.getRequest().getSession();
    }

    private int version() {
        return jdbc.sql("SELECT version FROM alerting_case WHERE id = :id")
                .param("id", world.insideCase)
                .query(Integer.class)
                .single();
    }
}
