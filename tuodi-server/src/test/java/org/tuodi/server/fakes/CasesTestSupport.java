package org.tuodi.server.fakes;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.Source;
import org.tuodi.core.golden.GoldenCase;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.shared.Yuan;
import org.tuodi.server.alerting.CaseSweep;
import org.tuodi.server.ingest.internal.JdbcDepartmentTokens;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The world of the feeds and cases integration tests: a temporary embedded PostgreSQL, the clock
 * fixed at 2024-09-01 08:00 China time, the sweep's schedule off, and the people of 临颍县: a
 * province, a county and two town officers, and two assistants of 繁城回族镇's village 201, the first
 * being the village's assistant. Every test starts from empty tables.
 */
@SpringBootTest(
        properties = {
            "tuodi.db.data-dir=",
            "tuodi.clock.fixed=2024-09-01T08:00:00+08:00",
            "tuodi.sweep.cron=-"
        })
@AutoConfigureMockMvc
@Import(CasesTestBeans.class)
public abstract class CasesTestSupport {

    /** 繁城回族镇 village 201, where the golden households live. */
    protected static final RegionCode VILLAGE = RegionCode.of("411122101201");

    protected static final RegionCode TOWN = RegionCode.of("411122101");
    protected static final RegionCode OTHER_TOWN = RegionCode.of("411122102");
    protected static final RegionCode COUNTY = RegionCode.of("411122");

    @Autowired protected MockMvc mvc;
    @Autowired protected JdbcClient jdbc;
    @Autowired protected InMemoryHouseholdRegistry registry;
    @Autowired protected RecordingAuditLog audit;
    @Autowired protected InMemoryUsers users;
    @Autowired protected JdbcDepartmentTokens tokens;
    @Autowired protected CaseSweep sweep;
    @Autowired protected JsonMapper json;

    protected CurrentUser province;
    protected CurrentUser county;
    protected CurrentUser town;
    protected CurrentUser otherTown;
    protected CurrentUser assistant;
    protected CurrentUser otherAssistant;

    @BeforeEach
    void startFromAnEmptyWorld() {
        jdbc.sql(
                        """
                        TRUNCATE ingest_event, ingest_department_token, assessment_household_state,
                            alerting_decision_indicator, alerting_decision, alerting_visit,
                            alerting_visit_photo, alerting_measure, alerting_referral_feedback,
                            alerting_case_history, alerting_case
                        RESTART IDENTITY CASCADE
                        """)
                .update();
        registry.clear();
        audit.clear();
        users.clear();
        province = users.create("henan", "x", Role.PROVINCE_OFFICER, RegionCode.of("41"));
        county = users.create("linying", "x", Role.COUNTY_OFFICER, COUNTY);
        town = users.create("fancheng", "x", Role.TOWN_OFFICER, TOWN);
        otherTown = users.create("other-town", "x", Role.TOWN_OFFICER, OTHER_TOWN);
        assistant = users.create("assistant-201", "x", Role.VILLAGE_ASSISTANT, VILLAGE);
        otherAssistant = users.create("assistant-other", "x", Role.VILLAGE_ASSISTANT, VILLAGE);
        registry.assignAssistant(VILLAGE, assistant.id());
    }

    protected static RequestPostProcessor as(CurrentUser user) {
        return user(user.username());
    }

    /** Registers the golden case's household and, if it has a visit, its local standard. */
    protected void register(GoldenCase golden) {
        registry.register(golden.household());
        golden.visit().ifPresent(v -> registry.saveStandard(v.standard()));
    }

    protected String tokenFor(Source department) {
        return tokens.issue(department, "test feed of " + department);
    }

    protected ResultActions send(String token, List<DepartmentEvent> events) throws Exception {
        return mvc.perform(
                post("/api/v1/events")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(batch(events)));
    }

    /** Sends the records in order, one batch per run of records of the same department. */
    protected void sendInOrder(List<DepartmentEvent> events) throws Exception {
        List<DepartmentEvent> run = new ArrayList<>();
        for (DepartmentEvent event : events) {
            if (!run.isEmpty() && run.get(0).key().source() != event.key().source()) {
                send(tokenFor(run.get(0).key().source()), run);
                run = new ArrayList<>();
            }
            run.add(event);
        }
        if (!run.isEmpty()) {
            send(tokenFor(run.get(0).key().source()), run);
        }
    }

    /** The JSON batch of formats.md: camelCase names, amounts as strings. */
    protected String batch(List<DepartmentEvent> events) {
        return json.writeValueAsString(
                Map.of("events", events.stream().map(this::record).toList()));
    }

    protected Map<String, Object> record(DepartmentEvent event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("eventId", event.key().eventId());
        fields.put("source", event.key().source().name());
        fields.put("type", event.type().name());
        fields.put("idNumber", event.person().value());
        fields.put("occurredOn", event.occurredOn().toString());
        for (EventField field : event.type().fields()) {
            event.valueOf(field)
                    .ifPresent(
                            v ->
                                    fields.put(
                                            field.jsonName(),
                                            v instanceof Yuan ? v.toString() : v));
        }
        return fields;
    }

    protected ResultActions postAs(CurrentUser who, String url, Object id, String body)
            throws Exception {
        return mvc.perform(
                post(url, id).with(as(who)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    protected JsonNode caseAs(CurrentUser user, long id) throws Exception {
        return body(mvc.perform(get("/api/v1/cases/{id}", id).with(as(user))));
    }

    protected long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    protected long onlyCaseId() {
        return jdbc.sql("SELECT id FROM alerting_case").query(Long.class).single();
    }

    protected int versionOf(long caseId) {
        return jdbc.sql("SELECT version FROM alerting_case WHERE id = :id")
                .param("id", caseId)
                .query(Integer.class)
                .single();
    }

    protected String statusOf(long caseId) {
        return jdbc.sql("SELECT status FROM alerting_case WHERE id = :id")
                .param("id", caseId)
                .query(String.class)
                .single();
    }
}
