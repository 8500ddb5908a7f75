package org.tuodi.server.platform.ui;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.platform.TestUsers;

/** Form sign-in of the web interface: a session with CSRF, and each role's start page. */
@ServerIntegrationTest
class SignInIT {

    @Autowired MockMvc mvc;
    @Autowired CaseFixtures fixtures;
    CurrentUser town;
    CurrentUser assistant;

    @BeforeEach
    void users() {
        town = fixtures.user("signin-town", Role.TOWN_OFFICER, CaseFixtures.TOWN);
        assistant = fixtures.user("signin-assistant", Role.VILLAGE_ASSISTANT, CaseFixtures.VILLAGE);
    }

    @Test
    void aPageWithoutASessionSendsTheBrowserToTheSignInPage() throws Exception {
        mvc.perform(get("/dashboard"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void theSignInPageIsInChineseByDefaultAndInEnglishOnRequest() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名")))
                .andExpect(content().string(containsString("lang=\"zh-CN\"")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("User name")));
    }

    @Test
    void staticFilesAreServedUnderAContentHashAndCachedForAYear() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher htmx =
                java.util.regex.Pattern.compile(
                                "src=\"(/webjars/htmx.org/[0-9.]+/dist/htmx.min-[0-9a-f]{32}.js)\"")
                        .matcher(page);
        org.assertj.core.api.Assertions.assertThat(htmx.find()).as(page).isTrue();

        mvc.perform(get(htmx.group(1)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
    }

    @Test
    void aSignInWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(
                        post("/login")
                                .param("username", town.username())
                                .param("password", TestUsers.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTownOfficerLandsOnTheDashboardAndAnAssistantOnItsTasks() throws Exception {
        mvc.perform(signIn(town)).andExpect(redirectedUrl("/"));
        MockHttpSession officer = session(town);
        mvc.perform(get("/").session(officer)).andExpect(redirectedUrl("/dashboard"));
        MockHttpSession phone = session(assistant);
        mvc.perform(get("/").session(phone)).andExpect(redirectedUrl("/tasks"));
    }

    @Test
    void aWrongPasswordShowsTheSignInPageAgain() throws Exception {
        mvc.perform(
                        post("/login")
                                .with(csrf())
                                .param("username", town.username())
                                .param("password", "wrong-password"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aTownOfficerIsRefusedTheDashboardOfAnotherTown() throws Exception {
        mvc.perform(
                        get("/dashboard")
                                .param("region", CaseFixtures.OTHER_TOWN.value())
                                .session(session(town)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("您无权进行此操作")));
    }

    @Test
    void aCaseOutsideTheUsersScopeIsNotFound() throws Exception {
        mvc.perform(get("/cases/{id}", 999_999).session(session(town)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("没有找到")));
    }

    @Test
    void anAssistantHasNoCaseInboxButItsTasks() throws Exception {
        mvc.perform(get("/cases").session(session(assistant))).andExpect(redirectedUrl("/tasks"));
        mvc.perform(get("/tasks").session(session(assistant))).andExpect(status().isOk());
    }

    @Test
    void aStepPostedWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/cases/{id}/close", 1).param("version", "1").session(session(town)))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.RequestBuilder signIn(CurrentUser user) {
        return post("/login")
                .with(csrf())
                .param("username", user.username())
                .param("password", TestUsers.PASSWORD);
    }

    private MockHttpSession session(CurrentUser user) throws Exception {
        return (MockHttpSession) mvc.perform(signIn(user)).andReturn().getRequest().getSession();
    }
}
