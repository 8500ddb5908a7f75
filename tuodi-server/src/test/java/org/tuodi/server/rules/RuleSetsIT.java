package org.tuodi.server.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.CaseFixtures.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuodi.core.household.Household;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.server.assessment.RuleSetVersions;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ServerIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Rule set versions: drafts checked, what-ifs over stored records, publishing by date. */
@ServerIntegrationTest
class RuleSetsIT {

    static final LocalDate TODAY = LocalDate.of(2024, 9, 1);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CaseFixtures fixtures;
    @Autowired RuleSetVersions versions;
    @Autowired WhatIfRuns whatIfs;
    CaseFixtures.People people;

    @BeforeEach
    void setUp() {
        people = fixtures.people("rules");
    }

    @Test
    void aFileWithAFaultIsReportedWithItsLineAndPathAndNotStored() throws Exception {
        String broken =
                RuleSetData.newVersion(TODAY.plusDays(30))
                        .replaceFirst("\"threshold\": \"5000.00\"", "\"threshold\": \"5000.001\"");
        long before = fixtures.count("assessment_rule_set");

        JsonNode check =
                fixtures.body(send(post("/api/v1/rule-sets/check"), people.county(), broken));
        ResultActions draft = send(post("/api/v1/rule-sets"), people.county(), broken);

        assertThat(check.get("valid").asBoolean()).isFalse();
        assertThat(check.get("error").get("path").asString()).isEqualTo("indicators[0].threshold");
        assertThat(check.get("error").get("line").asInt()).isEqualTo(lineOf(broken, "5000.001"));
        assertThat(check.get("error").get("message").asString())
                .contains("line " + lineOf(broken, "5000.001"))
                .contains("at most 2 decimals");
        draft.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("indicators[0].threshold"));
        assertThat(fixtures.count("assessment_rule_set")).isEqualTo(before);
    }

    @Test
    void aValidFileChecksWithTheContentHashItWillBeStoredWith() throws Exception {
        String text = RuleSetData.newVersion(TODAY.plusDays(30));

        JsonNode check =
                fixtures.body(send(post("/api/v1/rule-sets/check"), people.county(), text));
        JsonNode stored =
                fixtures.body(
                        send(post("/api/v1/rule-sets"), people.county(), text)
                                .andExpect(status().isCreated()));

        assertThat(check.get("valid").asBoolean()).isTrue();
        assertThat(stored.get("contentHash").asString())
                .isEqualTo(check.get("contentHash").asString());
        assertThat(stored.get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void aVersionCannotBeStoredTwice() throws Exception {
        String text = RuleSetData.newVersion(TODAY.plusDays(30));
        send(post("/api/v1/rule-sets"), people.county(), text).andExpect(status().isCreated());

        send(post("/api/v1/rule-sets"), people.county(), text).andExpect(status().isConflict());
    }

    @Test
    void aTownOfficerNeitherDraftsNorRunsWhatIfs() throws Exception {
        String text = RuleSetData.newVersion(TODAY.plusDays(30));

        send(post("/api/v1/rule-sets"), people.town(), text).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/rule-sets").with(as(people.town())))
                .andExpect(status().isForbidden());
        whatIf(people.town(), versions.inForce(TODAY).id()).andExpect(status().isForbidden());
    }

    @Test
    void theWhatIfOfTheRulesInForceGivesTheAlertsActuallyRaised() throws Exception {
        loadTheDataSet();
        Map<String, Long> actual = raisedByLevel();

        WhatIfRun run = finished(whatIf(people.county(), versions.inForce(TODAY).id()));

        WhatIfRun.Result result = run.result().orElseThrow();
        assertThat(run.status()).isEqualTo(WhatIfRun.Status.SUCCEEDED);
        assertThat(actual).isEqualTo(Map.of("GENERAL", 3L));
        assertThat(result.current().raised())
                .containsEntry(AlertLevel.GENERAL, 3)
                .containsEntry(AlertLevel.URGENT, 0);
        assertThat(result.candidate()).isEqualTo(result.current());
        assertThat(result.current().households()).isEqualTo(4);
        assertThat(result.current().householdsAlerted()).isEqualTo(3);
        assertThat(run.householdsDone()).isEqualTo(run.householdsTotal()).isEqualTo(4);
    }

    @Test
    void aStricterDraftGivesFewerAlertsAndLessVisitingInTheTownItSpares() throws Exception {
        loadTheDataSet();
        long draft = draftId(RuleSetData.stricter(TODAY.plusDays(30)));

        WhatIfRun.Result result = finished(whatIf(people.county(), draft)).result().orElseThrow();

        assertThat(result.candidate().raised()).containsEntry(AlertLevel.GENERAL, 1);
        assertThat(result.current().raised()).containsEntry(AlertLevel.GENERAL, 3);
        assertThat(result.byRegion())
                .extracting(
                        r -> r.region().shortCode(),
                        r -> r.candidate().get(AlertLevel.GENERAL),
                        r -> r.current().get(AlertLevel.GENERAL))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("411122101", 0, 2),
                        org.assertj.core.groups.Tuple.tuple("411122102", 1, 1));
        assertThat(result.towns())
                .extracting(
                        WhatIfRun.TownRow::name,
                        WhatIfRun.TownRow::candidateVisits,
                        WhatIfRun.TownRow::currentVisits)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("繁城回族镇", 0, 2),
                        org.assertj.core.groups.Tuple.tuple("杜曲镇", 1, 1));
    }

    @Test
    void aWhatIfReplaysOnlyTheHouseholdsOfItsUsersRegionAndOnlyThatRegionSeesIt() throws Exception {
        loadTheDataSet();
        CurrentUser province = people.province();
        CurrentUser elsewhere =
                fixtures.user("rules-other-county", Role.COUNTY_OFFICER, RegionCode.of("411102"));

        WhatIfRun run = finished(whatIf(elsewhere, versions.inForce(TODAY).id()));

        assertThat(run.result().orElseThrow().current().households()).isZero();
        assertThat(whatIfs.find(province, run.id()).id()).isEqualTo(run.id());
        mvc.perform(get("/api/v1/what-ifs/{id}", run.id()).with(as(people.county())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aWhatIfPeriodMustBeInOrderAndOver() throws Exception {
        long id = versions.inForce(TODAY).id();

        whatIf(people.county(), id, "2024-08-31", "2024-08-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("to"));
        whatIf(people.county(), id, "2024-08-01", "2024-09-30").andExpect(status().isBadRequest());
    }

    @Test
    void onlyTheProvincePublishesAndThePublicationIsAudited() throws Exception {
        LocalDate effective = TODAY.plusDays(30);
        long draft = draftId(RuleSetData.newVersion(effective));
        String body = "{\"effectiveFrom\":\"" + effective + "\"}";
        long mark = fixtures.auditMark();

        fixtures.postAs(people.county(), "/api/v1/rule-sets/{id}/publish", draft, body)
                .andExpect(status().isForbidden());
        fixtures.postAs(people.province(), "/api/v1/rule-sets/{id}/publish", draft, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.publishedBy").value(people.province().username()));

        List<AuditEntry> audited = fixtures.auditedSince(mark, "rule_set");
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0).action()).isEqualTo("RULE_SET_PUBLISHED");
        assertThat(audited.get(0).actor()).isEqualTo(people.province().username());
        assertThat(audited.get(0).detail())
                .contains("hash=" + versions.find(draft).orElseThrow().contentHash())
                .contains("effective_from=" + effective);
    }

    @Test
    void aPublishedVersionIsInForceFromItsDateAndNeverChanges() throws Exception {
        LocalDate effective = LocalDate.of(2025, 1, 1);
        long draft = draftId(RuleSetData.newVersion(effective));
        long before = versions.inForce(effective.minusDays(1)).id();

        fixtures.postAs(
                        people.province(),
                        "/api/v1/rule-sets/{id}/publish",
                        draft,
                        "{\"effectiveFrom\":\"" + effective + "\"}")
                .andExpect(status().isOk());

        assertThat(versions.inForce(effective).id()).isEqualTo(draft);
        assertThat(versions.inForce(effective.minusDays(1)).id()).isEqualTo(before);
        assertThat(versions.inForce(TODAY).id()).isNotEqualTo(draft);
        send(
                        put("/api/v1/rule-sets/{id}", draft),
                        people.county(),
                        RuleSetData.newVersion(effective))
                .andExpect(status().isConflict());
    }

    @Test
    void aVersionIsPublishedOnItsOwnDateAndNotInThePast() throws Exception {
        long draft = draftId(RuleSetData.newVersion(TODAY.minusDays(1)));
        long other = draftId(RuleSetData.newVersion(TODAY.plusDays(10)));

        fixtures.postAs(
                        people.province(),
                        "/api/v1/rule-sets/{id}/publish",
                        draft,
                        "{\"effectiveFrom\":\"" + TODAY.minusDays(1) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("effectiveFrom"));
        fixtures.postAs(
                        people.province(),
                        "/api/v1/rule-sets/{id}/publish",
                        other,
                        "{\"effectiveFrom\":\"" + TODAY.plusDays(11) + "\"}")
                .andExpect(status().isBadRequest());
        assertThat(versions.find(other).orElseThrow().isDraft()).isTrue();
    }

    @Test
    void theAssessmentRunsTheVersionPublishedForTodayFromToday() throws Exception {
        long draft = draftId(RuleSetData.stricter(TODAY));
        try {
            fixtures.postAs(
                            people.province(),
                            "/api/v1/rule-sets/{id}/publish",
                            draft,
                            "{\"effectiveFrom\":\"" + TODAY + "\"}")
                    .andExpect(status().isOk());

            loadTheDataSet();

            String version = versions.find(draft).orElseThrow().version();
            assertThat(raisedByLevel()).isEqualTo(Map.of("GENERAL", 1L));
            assertThat(
                            jdbc.sql("SELECT DISTINCT rule_set_version FROM alerting_decision")
                                    .query(String.class)
                                    .list())
                    .containsExactly(version);
        } finally {
            // The test database is shared: the rules in force today go back to the reference.
            jdbc.sql("DELETE FROM assessment_rule_set WHERE id = :id").param("id", draft).update();
        }
    }

    // ---- helpers

    private void loadTheDataSet() throws Exception {
        fixtures.clearFeedsAndCases();
        for (Household h : RuleSetData.households()) {
            fixtures.register(h);
        }
        fixtures.sendInOrder(RuleSetData.records());
        fixtures.advance(RuleSetData.TO);
    }

    private Map<String, Long> raisedByLevel() {
        return jdbc
                .sql(
                        """
                        SELECT level, count(*) AS n FROM alerting_decision
                        WHERE decision = 'RAISE' GROUP BY level
                        """)
                .query((rs, n) -> Map.entry(rs.getString("level"), rs.getLong("n")))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long draftId(String text) throws Exception {
        return fixtures.body(
                        send(post("/api/v1/rule-sets"), people.county(), text)
                                .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    private ResultActions send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            CurrentUser user,
            String text)
            throws Exception {
        return mvc.perform(
                request.with(as(user)).contentType(MediaType.APPLICATION_JSON).content(text));
    }

    private ResultActions whatIf(CurrentUser user, long versionId) throws Exception {
        return whatIf(user, versionId, RuleSetData.FROM.toString(), RuleSetData.TO.toString());
    }

    private ResultActions whatIf(CurrentUser user, long versionId, String from, String to)
            throws Exception {
        return fixtures.postAs(
                user,
                "/api/v1/rule-sets/{id}/what-if",
                versionId,
                "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
    }

    /** Waits for the run the request started to finish. */
    private WhatIfRun finished(ResultActions started) throws Exception {
        JsonNode body = fixtures.body(started.andExpect(status().isAccepted()));
        long id = body.get("id").asLong();
        CurrentUser owner = people.province();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            WhatIfRun run = whatIfs.find(owner, id);
            if (run.status() == WhatIfRun.Status.SUCCEEDED
                    || run.status() == WhatIfRun.Status.FAILED) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("what-if " + id + " did not finish");
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
