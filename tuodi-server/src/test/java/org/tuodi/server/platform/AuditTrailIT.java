package org.tuodi.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.TestUsers.as;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuodi.core.region.RegionCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 审计日志接口: auditors and officers of county level and above read the entries of their region's users,
 * filtered and paged, newest first; system and department entries only at province level; town
 * officers and assistants not at all; and every read is itself audited.
 */
@ServerIntegrationTest
class AuditTrailIT {

    /** 郾城区, another county of the city. */
    static final RegionCode OTHER_COUNTY = RegionCode.of("411102");

    @Autowired MockMvc mvc;
    @Autowired CaseFixtures fixtures;
    @Autowired AuditLog audit;
    @Autowired JsonMapper json;

    CurrentUser countyAuditor;
    CurrentUser provinceAuditor;
    CurrentUser countyClerk;
    CurrentUser otherCountyClerk;

    @BeforeEach
    void users() {
        countyAuditor = fixtures.user("trail-county-auditor", Role.AUDITOR, CaseFixtures.COUNTY);
        provinceAuditor =
                fixtures.user("trail-province-auditor", Role.AUDITOR, CaseFixtures.PROVINCE);
        countyClerk = fixtures.user("trail-town-clerk", Role.TOWN_OFFICER, CaseFixtures.TOWN);
        otherCountyClerk = fixtures.user("trail-other-county", Role.COUNTY_OFFICER, OTHER_COUNTY);
    }

    @Test
    void aCountyAuditorSeesItsCountysUsersAndNotAnotherCountysNorTheSystem() throws Exception {
        String action = "TRAIL_SCOPE_TEST";
        audit.record(new AuditEntry(countyClerk.username(), action, "case", "1", "n=1"));
        audit.record(new AuditEntry(otherCountyClerk.username(), action, "case", "2", "n=2"));
        audit.record(new AuditEntry("system", action, "case", "3", "n=3"));
        audit.record(new AuditEntry("department:HEALTH", action, "department", "HEALTH", "n=4"));

        JsonNode county = read(countyAuditor, "action", action);
        assertThat(actors(county)).containsExactly(countyClerk.username());

        JsonNode province = read(provinceAuditor, "action", action);
        assertThat(actors(province))
                .containsExactly(
                        "department:HEALTH",
                        "system",
                        otherCountyClerk.username(),
                        countyClerk.username());
    }

    @Test
    void aTownOfficerAndAnAssistantAreRefusedTheTrail() throws Exception {
        CurrentUser assistant =
                fixtures.user("trail-assistant", Role.VILLAGE_ASSISTANT, CaseFixtures.VILLAGE);
        for (CurrentUser refused : List.of(countyClerk, assistant)) {
            mvc.perform(get("/api/v1/audit").with(as(refused))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/audit/verification").with(as(refused)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theTrailIsFilteredBySubjectAndActorAndPagedNewestFirst() throws Exception {
        String action = "TRAIL_PAGING_TEST";
        for (int i = 1; i <= 5; i++) {
            audit.record(new AuditEntry(countyClerk.username(), action, "household", "H" + i, ""));
        }
        audit.record(new AuditEntry(countyAuditor.username(), action, "household", "H9", ""));

        JsonNode first =
                read(countyAuditor, "action", action, "actor", countyClerk.username(), "size", "2");
        assertThat(first.get("total").asLong()).isEqualTo(5);
        assertThat(subjects(first)).containsExactly("H5", "H4");
        JsonNode third =
                read(
                        countyAuditor,
                        "action",
                        action,
                        "actor",
                        countyClerk.username(),
                        "size",
                        "2",
                        "page",
                        "2");
        assertThat(subjects(third)).containsExactly("H1");

        JsonNode one =
                read(
                        countyAuditor,
                        "action",
                        action,
                        "subjectType",
                        "household",
                        "subjectId",
                        "H9");
        assertThat(actors(one)).containsExactly(countyAuditor.username());
    }

    @Test
    void theTrailIsFilteredByDaysInChinaTime() throws Exception {
        String action = "TRAIL_DATE_TEST";
        audit.record(new AuditEntry(countyClerk.username(), action, "case", "7", ""));
        JsonNode all = read(countyAuditor, "action", action);
        LocalDate day =
                OffsetDateTime.parse(all.get("items").get(0).get("at").asString())
                        .atZoneSameInstant(AuditTrail.CHINA)
                        .toLocalDate();

        assertThat(
                        read(
                                        countyAuditor,
                                        "action",
                                        action,
                                        "from",
                                        day.toString(),
                                        "to",
                                        day.toString())
                                .get("total")
                                .asLong())
                .isEqualTo(1);
        assertThat(
                        read(countyAuditor, "action", action, "from", day.plusDays(1).toString())
                                .get("total")
                                .asLong())
                .isZero();
        assertThat(
                        read(countyAuditor, "action", action, "to", day.minusDays(1).toString())
                                .get("total")
                                .asLong())
                .isZero();
    }

    @Test
    void aBadDateOrPageSizeIsRefusedNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/audit").param("from", "2026-13-01").with(as(countyAuditor)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"));
        mvc.perform(get("/api/v1/audit").param("size", "101").with(as(countyAuditor)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"));
        mvc.perform(get("/api/v1/audit").param("page", "-1").with(as(countyAuditor)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("page"));
        mvc.perform(
                        get("/api/v1/audit")
                                .param("from", "2026-05-02")
                                .param("to", "2026-05-01")
                                .with(as(countyAuditor)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("to"));
    }

    @Test
    void theVerificationReportsAnIntactChainUpToItsHead() throws Exception {
        mvc.perform(get("/api/v1/audit/verification").with(as(countyAuditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.headHash").isString())
                .andExpect(jsonPath("$.brokenLink").doesNotExist());
    }

    @Test
    void readingTheTrailIsItselfAudited() throws Exception {
        long mark = fixtures.auditMark();

        mvc.perform(get("/api/v1/audit").param("actor", "x").with(as(countyAuditor)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit/verification").with(as(countyAuditor)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit").param("from", "bad").with(as(countyAuditor)))
                .andExpect(status().isBadRequest());

        assertThat(fixtures.auditedSince(mark))
                .containsExactly(
                        new AuditEntry(
                                countyAuditor.username(),
                                "AUDIT_READ",
                                "audit",
                                "own",
                                "via=api path=/api/v1/audit"),
                        new AuditEntry(
                                countyAuditor.username(),
                                "AUDIT_READ",
                                "audit",
                                "own",
                                "via=api path=/api/v1/audit/verification"));
    }

    private JsonNode read(CurrentUser user, String... params) throws Exception {
        var request = get("/api/v1/audit").with(as(user));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        ResultActions result = mvc.perform(request).andExpect(status().isOk());
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static List<String> actors(JsonNode page) {
        return page.get("items").valueStream().map(e -> e.get("actor").asString()).toList();
    }

    private static List<String> subjects(JsonNode page) {
        return page.get("items").valueStream().map(e -> e.get("subjectId").asString()).toList();
    }
}
