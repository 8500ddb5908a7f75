package org.tuodi.server.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.TestUsers.as;
import static org.tuodi.server.platform.TestUsers.bearer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 安全响应头 on every answer (pages, API, errors, the feeds' path), a new session id at sign-in, and
 * CSRF tokens on the web interface's forms.
 */
@ServerIntegrationTest
class SecurityHeadersIT {

    @Autowired MockMvc mvc;
    @Autowired CaseFixtures fixtures;

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        CurrentUser user = fixtures.user("headers-auditor", Role.AUDITOR, CaseFixtures.COUNTY);

        hasSecurityHeaders(
                mvc.perform(get("/api/v1/me").with(as(user))).andExpect(status().isOk()));
        hasSecurityHeaders(mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized()));
        hasSecurityHeaders(
                mvc.perform(get("/api/v1/events/test-principal").with(bearer("tdt_nothing")))
                        .andExpect(status().isUnauthorized()));
        hasSecurityHeaders(mvc.perform(get("/login")).andExpect(status().isOk()));
        hasSecurityHeaders(mvc.perform(get("/actuator/health")).andExpect(status().isOk()));
    }

    @Test
    void signingInGivesTheBrowserANewSessionId() throws Exception {
        CurrentUser user = fixtures.user("headers-town", Role.TOWN_OFFICER, CaseFixtures.TOWN);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult result =
                mvc.perform(signIn(user).session(session))
                        .andExpect(redirectedUrl("/"))
                        .andReturn();

        org.assertj.core.api.Assertions.assertThat(result.getRequest().getSession().getId())
                .isNotEqualTo(before);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedEvenWhenSignedIn() throws Exception {
        CurrentUser user = fixtures.user("headers-csrf", Role.TOWN_OFFICER, CaseFixtures.TOWN);
        MockHttpSession session =
                (MockHttpSession) mvc.perform(signIn(user)).andReturn().getRequest().getSession();

        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").session(session).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
            signIn(CurrentUser user) {
        return post("/login")
                .with(csrf())
                .param("username", user.username())
                .param("password", TestUsers.PASSWORD);
    }

    private static void hasSecurityHeaders(ResultActions answer) throws Exception {
        answer.andExpect(
                        header().string(
                                        "Content-Security-Policy",
                                        "default-src 'self'; script-src 'self'; style-src 'self';"
                                                + " img-src 'self' data: blob:; frame-ancestors"
                                                + " 'none'; form-action 'self'"))
                .andExpect(
                        header().string(
                                        "Strict-Transport-Security",
                                        "max-age=31536000 ; includeSubDomains"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Permissions-Policy", "camera=(self)"));
    }
}
