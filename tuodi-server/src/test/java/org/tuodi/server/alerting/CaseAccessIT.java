package org.tuodi.server.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.CaseFixtures.TOWN;
import static org.tuodi.server.platform.CaseFixtures.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuodi.core.event.Source;
import org.tuodi.core.golden.GoldenCase;
import org.tuodi.core.golden.GoldenCases;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.ServerIntegrationTest;

/**
 * Who may read and change a case, and what a change needs: an officer sees the cases of its region
 * only, an assistant only the cases assigned to it (others are not found, so their existence is not
 * revealed); a step needs the version last seen and must be one the state machine allows.
 */
@ServerIntegrationTest
class CaseAccessIT {

    final GoldenCase generalAlert = GoldenCases.load("003-out-of-pocket-5000.00-general.json");
    long id;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CaseFixtures fixtures;
    CurrentUser county;
    CurrentUser town;
    CurrentUser otherTown;
    CurrentUser assistant;
    CurrentUser otherAssistant;

    @BeforeEach
    void aCaseIsOpenInFanchengVillage201() throws Exception {
        fixtures.clearFeedsAndCases();
        CaseFixtures.People people = fixtures.people("case-access");
        county = people.county();
        town = people.town();
        otherTown = people.otherTown();
        assistant = people.assistant();
        otherAssistant = people.otherAssistant();
        fixtures.register(generalAlert);
        fixtures.sendInOrder(generalAlert.events());
        fixtures.advance(generalAlert.asOf());
        id = onlyCaseId();
    }

    @Test
    void aTownOfficerCannotReadOrChangeAnotherTownsCase() throws Exception {
        int version = versionOf(id);

        mvc.perform(get("/api/v1/cases/{id}", id).with(as(otherTown)))
                .andExpect(status().isNotFound());
        postAs(otherTown, "/api/v1/cases/{id}/close", id, "{\"version\": %d}".formatted(version))
                .andExpect(status().isNotFound());
        postAs(
                        otherTown,
                        "/api/v1/cases/{id}/assign",
                        id,
                        "{\"assigneeId\": %d, \"version\": %d}"
                                .formatted(otherAssistant.id(), version))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases").with(as(otherTown)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/cases").param("region", TOWN.value()).with(as(otherTown)))
                .andExpect(status().isForbidden());

        assertThat(versionOf(id)).isEqualTo(version);
        mvc.perform(get("/api/v1/cases/{id}", id).with(as(town))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/{id}", id).with(as(county))).andExpect(status().isOk());
    }

    @Test
    void anAssistantSeesOnlyTheCasesAssignedToIt() throws Exception {
        long mark = fixtures.auditMark();
        mvc.perform(get("/api/v1/cases/{id}", id).with(as(otherAssistant)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases").with(as(otherAssistant)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/cases").with(as(assistant)))
                .andExpect(jsonPath("$.total").value(1));

        postAs(
                        town,
                        "/api/v1/cases/{id}/assign",
                        id,
                        "{\"assigneeId\": %d, \"version\": %d}"
                                .formatted(otherAssistant.id(), versionOf(id)))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/cases/{id}", id).with(as(assistant)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/{id}", id).with(as(otherAssistant)))
                .andExpect(jsonPath("$.assigneeId").value(otherAssistant.id()));
        assertThat(fixtures.auditedSince(mark))
                .extracting(e -> e.actor() + " " + e.action())
                .contains(town.username() + " CASE_REASSIGN");
    }

    @Test
    void anAssistantMayVisitButNotDispose() throws Exception {
        postAs(
                        assistant,
                        "/api/v1/cases/{id}/dispose",
                        id,
                        "{\"outcome\": \"TERMINATE_OR_NO_NEED\", \"measures\": [], \"version\": %d}"
                                .formatted(versionOf(id)))
                .andExpect(status().isForbidden());
        postAs(
                        assistant,
                        "/api/v1/cases/{id}/assign",
                        id,
                        "{\"assigneeId\": %d, \"version\": %d}"
                                .formatted(otherAssistant.id(), versionOf(id)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCaseCanOnlyGoToAnAssistantOfItsVillage() throws Exception {
        postAs(
                        town,
                        "/api/v1/cases/{id}/assign",
                        id,
                        "{\"assigneeId\": %d, \"version\": %d}".formatted(town.id(), versionOf(id)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("assigneeId"));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        int seen = versionOf(id);
        postAs(
                        town,
                        "/api/v1/cases/{id}/assign",
                        id,
                        "{\"assigneeId\": %d, \"version\": %d}"
                                .formatted(otherAssistant.id(), seen))
                .andExpect(status().isOk());
        long history = count("alerting_case_history");

        postAs(
                        town,
                        "/api/v1/cases/{id}/assign",
                        id,
                        "{\"assigneeId\": %d, \"version\": %d}".formatted(assistant.id(), seen))
                .andExpect(status().isConflict());

        assertThat(versionOf(id)).isEqualTo(seen + 1);
        assertThat(count("alerting_case_history")).isEqualTo(history);
    }

    @Test
    void closingBeforeTheDisposalIsAConflictAndChangesNothing() throws Exception {
        int version = versionOf(id);
        long history = count("alerting_case_history");
        long mark = fixtures.auditMark();

        postAs(town, "/api/v1/cases/{id}/close", id, "{\"version\": %d}".formatted(version))
                .andExpect(status().isConflict());

        assertThat(statusOf(id)).isEqualTo("ASSIGNED");
        assertThat(versionOf(id)).isEqualTo(version);
        assertThat(count("alerting_case_history")).isEqualTo(history);
        assertThat(fixtures.auditedSince(mark, "case")).isEmpty();
        assertThat(
                        jdbc.sql("SELECT closed_on FROM alerting_case WHERE id = :id")
                                .param("id", id)
                                .query(String.class)
                                .optional())
                .isEmpty();
    }

    @Test
    void theSameRecordsSentAgainAreDuplicatesAndOpenNoSecondCase() throws Exception {
        String token = fixtures.tokenFor(Source.MEDICAL_INSURANCE);

        fixtures.send(token, generalAlert.events())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.duplicates").value(generalAlert.events().size()));
        fixtures.advance(generalAlert.asOf().plusDays(30));

        assertThat(count("alerting_case")).isEqualTo(1);
        assertThat(count("alerting_decision")).isEqualTo(1);
        assertThat(count("ingest_event")).isEqualTo(generalAlert.events().size());
    }

    ResultActions postAs(CurrentUser who, String url, long id, String body) throws Exception {
        return fixtures.postAs(who, url, id, body);
    }

    long onlyCaseId() {
        return fixtures.onlyCaseId();
    }

    int versionOf(long id) {
        return fixtures.versionOf(id);
    }

    String statusOf(long id) {
        return fixtures.statusOf(id);
    }

    long count(String table) {
        return fixtures.count(table);
    }
}
