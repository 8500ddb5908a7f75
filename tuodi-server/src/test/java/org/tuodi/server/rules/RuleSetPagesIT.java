package org.tuodi.server.rules;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuodi.server.assessment.RuleSetVersions;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.platform.TestUsers;

/** The rule set pages, signed in with the form as a browser is. */
@ServerIntegrationTest
class RuleSetPagesIT {

    static final LocalDate TODAY = LocalDate.of(2024, 9, 1);

    @Autowired MockMvc mvc;
    @Autowired CaseFixtures fixtures;
    @Autowired RuleSetVersions versions;
    @Autowired WhatIfRuns whatIfs;
    CaseFixtures.People people;

    @BeforeEach
    void setUp() {
        people = fixtures.people("rule-pages");
    }

    @Test
    void aCountyOfficerSeesTheVersionInForceAndTheVersionsInChinese() throws Exception {
        MockHttpSession county = session(people.county());

        mvc.perform(get("/rules").session(county))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        allOf(
                                                containsString("现行版本"),
                                                containsString(
                                                        versions.inForce(TODAY).contentHash()),
                                                containsString("预警规则"))));
    }

    @Test
    void aDraftWithAFaultIsShownAgainWithItsLineAndNothingIsStored() throws Exception {
        MockHttpSession county = session(people.county());
        String broken =
                RuleSetData.newVersion(TODAY.plusDays(40))
                        .replaceFirst("\"window\": \"12M\"", "\"window\": \"12Y\"");
        long before = fixtures.count("assessment_rule_set");

        mvc.perform(post("/rules").session(county).with(csrf()).param("content", broken))
                .andExpect(status().isBadRequest())
                .andExpect(
                        content()
                                .string(
                                        allOf(
                                                containsString(
                                                        "文件有误：第 " + lineOf(broken, "12Y") + " 行"),
                                                containsString("indicators[0].window"))));
        mvc.perform(post("/rules/check").session(county).with(csrf()).param("content", broken))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("indicators[0].window")));
        org.assertj.core.api.Assertions.assertThat(fixtures.count("assessment_rule_set"))
                .isEqualTo(before);
    }

    @Test
    void aSavedDraftOffersTheWhatIfWhoseProgressPageEndsWithTheResults() throws Exception {
        MockHttpSession county = session(people.county());
        String location =
                mvc.perform(
                                post("/rules")
                                        .session(county)
                                        .with(csrf())
                                        .param("content", RuleSetData.stricter(TODAY.plusDays(40))))
                        .andExpect(redirectedUrlPattern("/rules/*?saved"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/rules/".length(), location.indexOf('?')));

        mvc.perform(get("/rules/{id}", id).session(county))
                .andExpect(
                        content()
                                .string(
                                        allOf(
                                                containsString("模拟运行"),
                                                not(containsString("data-confirm")))));
        String run =
                mvc.perform(
                                post("/rules/{id}/what-if", id)
                                        .session(county)
                                        .with(csrf())
                                        .param("from", "2024-08-01")
                                        .param("to", "2024-08-31"))
                        .andExpect(redirectedUrlPattern("/rules/what-ifs/*"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl();
        long runId = Long.parseLong(run.substring(run.lastIndexOf('/') + 1));
        awaitFinished(runId);

        mvc.perform(get(run).session(county))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        allOf(
                                                containsString("各乡镇入户核实工作量"),
                                                not(containsString("hx-trigger")))));
    }

    @Test
    void theProvinceSeesThePublishFormAndTheCountyDoesNot() throws Exception {
        long draft =
                versions.draft(people.county(), RuleSetData.newVersion(TODAY.plusDays(50))).id();

        mvc.perform(get("/rules/{id}", draft).session(session(people.province())))
                .andExpect(content().string(containsString("data-confirm")));
        mvc.perform(
                        post("/rules/{id}/publish", draft)
                                .session(session(people.county()))
                                .with(csrf())
                                .param("effectiveFrom", TODAY.plusDays(50).toString()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTownOfficerHasNoRulePages() throws Exception {
        mvc.perform(get("/rules").session(session(people.town())))
                .andExpect(status().isForbidden());
    }

    private void awaitFinished(long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            WhatIfRun.Status s = whatIfs.find(people.province(), id).status();
            if (s == WhatIfRun.Status.SUCCEEDED || s == WhatIfRun.Status.FAILED) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("what-if " + id + " did not finish");
    }

    private MockHttpSession session(CurrentUser user) throws Exception {
        return (MockHttpSession)
                mvc.perform(
                                post("/login")
                                        .with(csrf())
                                        .param("username", user.username())
                                        .param("password", TestUsers.PASSWORD))
                        .andReturn()
                        .getRequest()
                        .getSession();
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
