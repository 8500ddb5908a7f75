package org.tuodi.server.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.CaseFixtures.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuodi.core.engine.HouseholdState;
import org.tuodi.core.engine.HouseholdStateCodec;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.MedicalSettlement;
import org.tuodi.core.event.Source;
import org.tuodi.core.golden.GoldenCase;
import org.tuodi.core.golden.GoldenCases;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.shared.Yuan;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.ServerIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The seed story (《河南日报》: 李新's mother-in-law in hospital with heart failure) through the platform:
 * the medical insurance feed, the urgent alert routed to the village assistant, the visit, the
 * measures the policies prefill (支出型临时救助 ¥5,040.00 under 临颍's standard), the disposal, the medical
 * insurance bureau's feedback and the closing, after which the same bills never raise again.
 */
@ServerIntegrationTest
class CaseJourneyIT {

    static final String FINDINGS =
            """
            {"perCapitaMonthlyIncome": "520.00", "householdSize": 3,
             "assetsWithinLocalRules": true,
             "rigidSpending": {"medicalOutOfPocket": "36000.00"},
             "hardship": "36000.00", "hasMemberAbleToWork": true, "hasAbleSupporter": true,
             "members": [{"member": "411122********0444", "age": 70, "seriouslyIll": true}]}
            """;

    final GoldenCase seed = GoldenCases.load("001-seed-story-linying.json");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CaseFixtures fixtures;
    CurrentUser county;
    CurrentUser town;
    CurrentUser assistant;

    @BeforeEach
    void theSeedHouseholdIsAlerted() throws Exception {
        fixtures.clearFeedsAndCases();
        CaseFixtures.People people = fixtures.people("journey");
        county = people.county();
        town = people.town();
        assistant = people.assistant();
        fixtures.register(seed);
        fixtures.send(fixtures.tokenFor(Source.MEDICAL_INSURANCE), seed.events())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.duplicates").value(0));
        fixtures.advance(seed.asOf());
    }

    @Test
    void followsTheSeedStoryFromTheFeedToTheClosedCase() throws Exception {
        long mark = fixtures.auditMark();
        long id = onlyCaseId();
        JsonNode raised = caseAs(assistant, id);
        assertThat(raised.get("status").stringValue()).isEqualTo("ASSIGNED");
        assertThat(raised.get("assigneeId").longValue()).isEqualTo(assistant.id());
        assertThat(raised.get("level").stringValue()).isEqualTo("URGENT");
        assertThat(raised.get("raisedOn").stringValue()).isEqualTo("2024-09-01");
        assertThat(raised.get("visitDue").stringValue()).isEqualTo("2024-09-04");
        JsonNode why = raised.get("decisions").get(0).get("receipt").get("hits").get(0);
        assertThat(why.get("code").stringValue()).isEqualTo("MEDICAL_OOP_12M_5000");
        assertThat(why.get("value").stringValue()).isEqualTo("21800.00");
        assertThat(why.get("threshold").stringValue()).isEqualTo("5000.00");
        assertThat(why.get("evidence").get(0).stringValue())
                .isEqualTo("MEDICAL_INSURANCE:YB-2023-0815-01");
        assertThat(
                        raised.get("household")
                                .get("members")
                                .get(2)
                                .get("idNumberMasked")
                                .stringValue())
                .isEqualTo("411122********0444");
        assertThat(raised.toString()).doesNotContain("411122195303080444", "赵秀兰");
        mvc.perform(get("/api/v1/cases").with(as(assistant)))
                .andExpect(jsonPath("$.total").value(1));

        visit(assistant, id, versionOf(id)).andExpect(status().isOk());
        JsonNode visited = caseAs(town, id);
        assertThat(visited.get("status").stringValue()).isEqualTo("VISITED");
        assertThat(measures(visited.get("prefilledMeasures")))
                .containsExactly(
                        "SINGLE_PERSON_DIBAO OPTION_IF null",
                        "TEMPORARY_ASSISTANCE_EXPENDITURE RECOMMENDED 5040.00",
                        "MEDICAL_ASSISTANCE RECOMMENDED null");
        mvc.perform(
                        multipart("/api/v1/cases/{id}/photos", id)
                                .file(
                                        new MockMultipartFile(
                                                "photo", "home.png", "image/png", png()))
                                .with(as(assistant)))
                .andExpect(status().isCreated());

        postAs(town, "/api/v1/cases/{id}/dispose", id, disposal("", versionOf(id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISPOSED"));
        postAs(
                        town,
                        "/api/v1/cases/{id}/referral-feedback",
                        id,
                        """
                        {"measure": "MEDICAL_ASSISTANCE", "result": "已按规定给予医疗救助",
                         "version": %d}
                        """
                                .formatted(versionOf(id)))
                .andExpect(status().isOk());
        postAs(town, "/api/v1/cases/{id}/close", id, "{\"version\": %d}".formatted(versionOf(id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));

        JsonNode closed = caseAs(town, id);
        assertThat(closed.get("closedOn").stringValue()).isEqualTo("2024-09-01");
        assertThat(closed.get("decidedMeasures")).hasSize(3);
        assertThat(closed.get("referralFeedback").get(0).get("department").stringValue())
                .isEqualTo("MEDICAL_INSURANCE");
        assertThat(closed.get("visit").get("photos")).hasSize(1);
        assertThat(actions(closed))
                .containsExactly(
                        "OPEN",
                        "ASSIGN",
                        "ADD_EVIDENCE",
                        "RECORD_VISIT",
                        "PHOTO",
                        "DISPOSE",
                        "REFERRAL_FEEDBACK",
                        "CLOSE");
        assertThat(fixtures.auditedSince(mark))
                .extracting(e -> e.actor() + " " + e.action())
                .contains(
                        assistant.username() + " CASE_RECORD_VISIT",
                        town.username() + " CASE_DISPOSE",
                        town.username() + " CASE_CLOSE");
        assertThat(engineState().flags()).isNotEmpty().containsOnly(HouseholdState.CONSUMED);

        fixtures.send(fixtures.tokenFor(Source.MEDICAL_INSURANCE), List.of(smallBill()))
                .andExpect(jsonPath("$.accepted").value(1));
        fixtures.advance(LocalDate.of(2023, 10, 31));
        assertThat(count("alerting_case")).isEqualTo(1);
        assertThat(count("alerting_decision")).isEqualTo(2);
    }

    @Test
    void editedMeasuresNeedAReasonWhichIsKeptWithThem() throws Exception {
        long id = onlyCaseId();
        visit(assistant, id, versionOf(id)).andExpect(status().isOk());
        String edited =
                """
                {"outcome": "DELIVER_ENTITLEMENT", "editReason": %s, "version": %d,
                 "measures": [{"measure": "TEMPORARY_ASSISTANCE_EXPENDITURE",
                               "status": "RECOMMENDED", "amount": "6000.00"}]}
                """;

        postAs(town, "/api/v1/cases/{id}/dispose", id, edited.formatted("null", versionOf(id)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("editReason"));
        assertThat(statusOf(id)).isEqualTo("VISITED");
        postAs(
                        town,
                        "/api/v1/cases/{id}/dispose",
                        id,
                        edited.formatted("\"乡镇审批上限内提高\"", versionOf(id)))
                .andExpect(status().isOk());

        JsonNode decided = caseAs(town, id).get("decidedMeasures").get(0);
        assertThat(decided.get("amount").stringValue()).isEqualTo("6000.00");
        assertThat(decided.get("editedReason").stringValue()).isEqualTo("乡镇审批上限内提高");
        assertThat(decided.get("policySource").stringValue()).isNotBlank();
    }

    @Test
    void aComplexCaseIsDecidedByTheCounty() throws Exception {
        long id = onlyCaseId();
        visit(assistant, id, versionOf(id)).andExpect(status().isOk());
        postAs(town, "/api/v1/cases/{id}/dispose", id, escalation(versionOf(id)))
                .andExpect(jsonPath("$.status").value("ESCALATED_TO_COUNTY"));

        String decision = "{\"decision\": \"一事一议：给予临时救助8000元\", \"version\": %d}";
        postAs(town, "/api/v1/cases/{id}/county-decision", id, decision.formatted(versionOf(id)))
                .andExpect(status().isForbidden());
        postAs(county, "/api/v1/cases/{id}/county-decision", id, decision.formatted(versionOf(id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISPOSED"));
        postAs(town, "/api/v1/cases/{id}/close", id, "{\"version\": %d}".formatted(versionOf(id)))
                .andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void aVisitThatFindsNoNeedIsConcludedAndClosed() throws Exception {
        long id = onlyCaseId();
        visit(assistant, id, versionOf(id)).andExpect(status().isOk());

        postAs(
                        town,
                        "/api/v1/cases/{id}/no-assistance-needed",
                        id,
                        "{\"reason\": \"医保二次报销后无困难\", \"version\": %d}".formatted(versionOf(id)))
                .andExpect(jsonPath("$.status").value("NO_ASSISTANCE_NEEDED"));
        postAs(town, "/api/v1/cases/{id}/close", id, "{\"version\": %d}".formatted(versionOf(id)))
                .andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void aVisitNeedsTwoInvestigators() throws Exception {
        long id = onlyCaseId();
        String alone =
                """
                {"visitedOn": "2024-09-01", "investigators": ["assistant-201"],
                 "findings": %s, "familySigned": true, "version": %d}
                """
                        .formatted(FINDINGS, versionOf(id));

        postAs(assistant, "/api/v1/cases/{id}/visit", id, alone)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("investigators"));
        assertThat(statusOf(id)).isEqualTo("ASSIGNED");
    }

    ResultActions postAs(CurrentUser who, String url, long id, String body) throws Exception {
        return fixtures.postAs(who, url, id, body);
    }

    JsonNode caseAs(CurrentUser user, long id) throws Exception {
        return fixtures.caseAs(user, id);
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

    ResultActions visit(CurrentUser who, long id, int version) throws Exception {
        String body =
                """
                {"visitedOn": "2024-09-01", "investigators": ["assistant-201", "cadre-07"],
                 "findings": %s, "remarks": "婆婆已出院，需长期服药", "familySigned": true,
                 "version": %d}
                """
                        .formatted(FINDINGS, version);
        return postAs(who, "/api/v1/cases/{id}/visit", id, body);
    }

    static String disposal(String editReason, int version) {
        return """
                {"outcome": "REFER_TO_DEPARTMENT", "version": %d, "measures": [
                  {"measure": "SINGLE_PERSON_DIBAO", "status": "OPTION_IF"},
                  {"measure": "TEMPORARY_ASSISTANCE_EXPENDITURE", "status": "RECOMMENDED",
                   "amount": "5040.00"},
                  {"measure": "MEDICAL_ASSISTANCE", "status": "RECOMMENDED"}]}
                """
                .formatted(version);
    }

    static String escalation(int version) {
        return """
                {"outcome": "ESCALATE_TO_COUNTY", "editReason": "费用远超乡镇审批权限",
                 "measures": [], "version": %d}
                """
                .formatted(version);
    }

    static List<String> measures(JsonNode measures) {
        List<String> lines = new ArrayList<>();
        for (JsonNode m : measures) {
            JsonNode amount = m.get("amount");
            lines.add(
                    m.get("measure").stringValue()
                            + " "
                            + m.get("status").stringValue()
                            + " "
                            + (amount == null || amount.isNull() ? "null" : amount.stringValue()));
        }
        return lines;
    }

    static List<String> actions(JsonNode detail) {
        List<String> actions = new ArrayList<>();
        for (JsonNode line : detail.get("history")) {
            actions.add(line.get("action").stringValue());
        }
        return actions;
    }

    HouseholdState engineState() {
        byte[] bytes =
                jdbc.sql(
                                "SELECT state FROM assessment_household_state WHERE household_id = 'LY-FC-0001'")
                        .query(byte[].class)
                        .single();
        return HouseholdStateCodec.decode(bytes);
    }

    static MedicalSettlement smallBill() {
        return new MedicalSettlement(
                new EventKey(Source.MEDICAL_INSURANCE, "YB-2023-1005-09"),
                NationalId.parse("411122195303080444"),
                LocalDate.of(2023, 10, 5),
                Optional.empty(),
                Optional.empty(),
                Yuan.parse("300.00"),
                Optional.of(false),
                Optional.empty());
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    }
}
