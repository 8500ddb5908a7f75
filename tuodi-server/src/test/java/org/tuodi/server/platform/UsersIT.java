package org.tuodi.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.TestUsers.as;
import static org.tuodi.server.platform.TestUsers.basic;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.tuodi.core.region.RegionCode;

@ServerIntegrationTest
class UsersIT {

    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired MockMvc mvc;
    TestUsers testUsers;

    @BeforeEach
    void setUp() {
        testUsers = new TestUsers(users);
    }

    @Test
    void storesAHashOfThePasswordNeverThePasswordItself() {
        CurrentUser user =
                users.create(
                        "users-hash",
                        "a-long-secret-1",
                        Role.TOWN_OFFICER,
                        RegionCode.of("411122101"));

        String stored =
                jdbc.sql("SELECT password_hash FROM platform_user WHERE id = :id")
                        .param("id", user.id())
                        .query(String.class)
                        .single();
        assertThat(stored).isNotEqualTo("a-long-secret-1").doesNotContain("a-long-secret-1");
        assertThat(stored).startsWith("{argon2}$argon2id$");
        assertThat(encoder.matches("a-long-secret-1", stored)).isTrue();
    }

    @Test
    void createsNoDefaultUserWithoutTheBootstrapProperty() {
        long admins =
                jdbc.sql("SELECT count(*) FROM platform_user WHERE username = 'admin'")
                        .query(Long.class)
                        .single();

        assertThat(admins).isZero();
    }

    @Test
    void refusesASecondUserWithTheSameName() {
        testUsers.user("users-twice", Role.TOWN_OFFICER, "411122101");

        assertThatThrownBy(
                        () ->
                                users.create(
                                        "users-twice",
                                        TestUsers.PASSWORD,
                                        Role.TOWN_OFFICER,
                                        RegionCode.of("411122101")))
                .isInstanceOf(ConflictProblem.class);
    }

    @Test
    void refusesAnOfficerWhoseRegionIsNotOfItsLevel() {
        assertThatThrownBy(
                        () ->
                                users.create(
                                        "users-wrong-level",
                                        TestUsers.PASSWORD,
                                        Role.TOWN_OFFICER,
                                        RegionCode.of("411122")))
                .isInstanceOfSatisfying(
                        InvalidInputProblem.class,
                        e -> assertThat(e.field()).isEqualTo("regionCode"));
    }

    @Test
    void meNamesTheUserItsRoleAndItsFullRegion() throws Exception {
        CurrentUser town = testUsers.user("users-me", Role.TOWN_OFFICER, "411122101");

        mvc.perform(get("/api/v1/me").with(as(town)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(town.id()))
                .andExpect(jsonPath("$.username").value("users-me"))
                .andExpect(jsonPath("$.role").value("TOWN_OFFICER"))
                .andExpect(jsonPath("$.regionCode").value("411122101000"))
                .andExpect(jsonPath("$.regionName").value("河南省漯河市临颍县繁城回族镇"));
    }

    @Test
    void aCountyOfficerCreatesATownOfficerOfItsCountyAndTheCreationIsAudited() throws Exception {
        CurrentUser county = testUsers.user("users-county", Role.COUNTY_OFFICER, "411122");

        mvc.perform(
                        post("/api/v1/users")
                                .with(as(county))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                        {"username": "users-created-town",
                                         "password": "another-long-secret",
                                         "role": "TOWN_OFFICER", "regionCode": "411122102"}
                                        """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.role").value("TOWN_OFFICER"))
                .andExpect(jsonPath("$.regionCode").value("411122102000"))
                .andExpect(jsonPath("$.password").doesNotExist());

        mvc.perform(get("/api/v1/me").with(basic("users-created-town", "another-long-secret")))
                .andExpect(status().isOk());
        assertThat(
                        jdbc.sql(
                                        """
                                        SELECT count(*) FROM platform_audit
                                        WHERE action = 'USER_CREATED' AND actor = 'users-county'
                                        """)
                                .query(Long.class)
                                .single())
                .isEqualTo(1);
    }

    @Test
    void aTownOfficerCannotCreateACountyOfficer() throws Exception {
        CurrentUser town = testUsers.user("users-town-creator", Role.TOWN_OFFICER, "411122101");

        mvc.perform(
                        post("/api/v1/users")
                                .with(as(town))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                        {"username": "users-not-created",
                                         "password": "another-long-secret",
                                         "role": "COUNTY_OFFICER", "regionCode": "411122"}
                                        """))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        CurrentUser user = testUsers.user("users-disabled", Role.TOWN_OFFICER, "411122101");
        jdbc.sql("UPDATE platform_user SET enabled = false WHERE id = :id")
                .param("id", user.id())
                .update();

        mvc.perform(get("/api/v1/me").with(as(user))).andExpect(status().isUnauthorized());
    }

    @Test
    void aDisabledUserIsAnsweredLikeAWrongPasswordSoItsStateDoesNotShow() throws Exception {
        CurrentUser user = testUsers.user("users-disabled-2", Role.TOWN_OFFICER, "411122101");
        jdbc.sql("UPDATE platform_user SET enabled = false WHERE id = :id")
                .param("id", user.id())
                .update();
        CurrentUser other = testUsers.user("users-enabled-2", Role.TOWN_OFFICER, "411122101");

        String disabled =
                mvc.perform(get("/api/v1/me").with(as(user)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
        String wrongPassword =
                mvc.perform(
                                get("/api/v1/me")
                                        .with(TestUsers.basic(other.username(), "wrong-password")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();

        assertThat(disabled).isEqualTo(wrongPassword);
    }
}
