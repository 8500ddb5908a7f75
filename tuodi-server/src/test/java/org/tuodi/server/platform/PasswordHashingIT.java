package org.tuodi.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.TestUsers.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 密码哈希: new passwords are hashed with Argon2id; a password hashed with bcrypt before still signs
 * in, and that sign-in replaces its hash with an Argon2id one.
 */
@ServerIntegrationTest
class PasswordHashingIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CaseFixtures fixtures;

    @Test
    void aNewUsersPasswordIsStoredAsAnArgon2idHash() {
        CurrentUser user = fixtures.user("hash-new", Role.AUDITOR, CaseFixtures.COUNTY);

        assertThat(hashOf(user))
                .startsWith("{argon2}$argon2id$")
                .doesNotContain(TestUsers.PASSWORD);
    }

    @Test
    void aBcryptHashStillSignsInAndIsReplacedByArgon2idAtThatSignIn() throws Exception {
        CurrentUser user = fixtures.user("hash-old", Role.AUDITOR, CaseFixtures.COUNTY);
        setHash(user, "{bcrypt}" + new BCryptPasswordEncoder().encode(TestUsers.PASSWORD));
        long mark = fixtures.auditMark();

        mvc.perform(get("/api/v1/me").with(as(user))).andExpect(status().isOk());

        assertThat(hashOf(user)).startsWith("{argon2}$argon2id$");
        assertThat(fixtures.auditedSince(mark))
                .contains(
                        new AuditEntry(
                                user.username(),
                                "PASSWORD_REHASHED",
                                "user",
                                Long.toString(user.id()),
                                "algorithm=argon2"));
        mvc.perform(get("/api/v1/me").with(as(user))).andExpect(status().isOk());
    }

    @Test
    void aPasswordStoredInTheClearIsNeverAccepted() throws Exception {
        CurrentUser user = fixtures.user("hash-noop", Role.AUDITOR, CaseFixtures.COUNTY);
        setHash(user, "{noop}" + TestUsers.PASSWORD);

        mvc.perform(get("/api/v1/me").with(as(user))).andExpect(status().isUnauthorized());
    }

    private void setHash(CurrentUser user, String hash) {
        jdbc.sql("UPDATE platform_user SET password_hash = :hash WHERE id = :id")
                .param("hash", hash)
                .param("id", user.id())
                .update();
    }

    private String hashOf(CurrentUser user) {
        return jdbc.sql("SELECT password_hash FROM platform_user WHERE id = :id")
                .param("id", user.id())
                .query(String.class)
                .single();
    }
}
