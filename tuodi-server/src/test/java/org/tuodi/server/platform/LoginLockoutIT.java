package org.tuodi.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.TestUsers.basic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * 登录锁定 through HTTP: five wrong passwords lock a user name for a minute (the tests' clock stands
 * still, so the lock holds for the whole test; its running out and doubling are in
 * LoginThrottleTests). The answer to a locked name is the same whether the user exists or not.
 */
@ServerIntegrationTest
class LoginLockoutIT {

    @Autowired MockMvc mvc;
    @Autowired CaseFixtures fixtures;

    @Test
    void fiveWrongPasswordsLockTheNameAndThenEvenTheRightPasswordIsRefused() throws Exception {
        CurrentUser user = fixtures.user("lockout-town", Role.TOWN_OFFICER, CaseFixtures.TOWN);
        long mark = fixtures.auditMark();

        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(basic(user.username(), "wrong-password")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(basic(user.username(), TestUsers.PASSWORD)))
                .andExpect(status().isLocked())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(jsonPath("$.type").value("urn:tuodi:problem:locked"))
                .andExpect(jsonPath("$.status").value(423));

        assertThat(fixtures.auditedSince(mark))
                .extracting(AuditEntry::action, AuditEntry::detail)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("LOGIN_LOCKED", "seconds=60"),
                        org.assertj.core.groups.Tuple.tuple(
                                "LOGIN_FAILED", "reason=LoginLockedException"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("LOGIN", "method=basic"));
    }

    @Test
    void anUnknownNameIsLockedAlikeSoTheAnswerDoesNotTellWhetherTheUserExists() throws Exception {
        CurrentUser user = fixtures.user("lockout-known", Role.TOWN_OFFICER, CaseFixtures.TOWN);

        String known = lockedAnswer(user.username());
        String unknown = lockedAnswer("lockout-nobody");

        assertThat(unknown).isEqualTo(known);
    }

    @Test
    void aSuccessfulSignInBeforeTheFifthFailureStartsTheCountAfresh() throws Exception {
        CurrentUser user = fixtures.user("lockout-forgetful", Role.AUDITOR, CaseFixtures.COUNTY);

        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                mvc.perform(get("/api/v1/me").with(basic(user.username(), "wrong-password")))
                        .andExpect(status().isUnauthorized());
            }
            mvc.perform(get("/api/v1/me").with(basic(user.username(), TestUsers.PASSWORD)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void theSignInFormSaysTheNameIsLocked() throws Exception {
        CurrentUser user = fixtures.user("lockout-form", Role.TOWN_OFFICER, CaseFixtures.TOWN);

        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(user.username(), "wrong-password"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn(user.username(), TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
    }

    private org.springframework.test.web.servlet.RequestBuilder signIn(
            String username, String password) {
        return post("/login").with(csrf()).param("username", username).param("password", password);
    }

    /** Five wrong passwords, then the status, Retry-After and body of the sixth attempt. */
    private String lockedAnswer(String username) throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(basic(username, "wrong-password")))
                    .andExpect(status().isUnauthorized());
        }
        MvcResult result =
                mvc.perform(get("/api/v1/me").with(basic(username, "any-password"))).andReturn();
        return result.getResponse().getStatus()
                + " "
                + result.getResponse().getHeader("Retry-After")
                + " "
                + result.getResponse().getContentAsString();
    }
}
