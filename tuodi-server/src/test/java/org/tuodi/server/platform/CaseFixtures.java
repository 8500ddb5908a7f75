package org.tuodi.server.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.Source;
import org.tuodi.core.golden.GoldenCase;
import org.tuodi.core.golden.GoldenCases;
import org.tuodi.core.household.Household;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.shared.Yuan;
import org.tuodi.server.alerting.CaseSweep;
import org.tuodi.server.assessment.RiskAssessment;
import org.tuodi.server.ingest.internal.JdbcDepartmentTokens;
import org.tuodi.server.registry.HouseholdRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The set-up of the server's integration tests, on the real beans of the {@link
 * ServerIntegrationTest} context (inject it with {@code @Autowired CaseFixtures fixtures}): users
 * with their Basic header, households through the registry, department tokens through the ingest
 * module, record batches through {@code POST /api/v1/events}, the sweep, and a few reads of the
 * case tables and the audit trail.
 *
 * <p>The database is shared by every test class of the run. Tests of feeds and cases call {@link
 * #clearFeedsAndCases()} first, so that counts over those tables are their own; everything else
 * stays, so a test class uses users (and households and persons) of its own, named after it.
 */
public class CaseFixtures {

    /** 繁城回族镇 营王村 (village 201), where the golden households live. */
    public static final RegionCode VILLAGE = RegionCode.of("411122101201");

    /** 繁城回族镇. */
    public static final RegionCode TOWN = RegionCode.of("411122101");

    /** 杜曲镇, another town of the county. */
    public static final RegionCode OTHER_TOWN = RegionCode.of("411122102");

    /** 临颍县. */
    public static final RegionCode COUNTY = RegionCode.of("411122");

    /** 河南省. */
    public static final RegionCode PROVINCE = RegionCode.of("41");

    private static final List<String> GOLDEN_HOUSEHOLDS =
            GoldenCases.all().stream().map(g -> g.household().id().value()).distinct().toList();

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TestUsers users;
    private final HouseholdRegistry registry;
    private final JdbcDepartmentTokens tokens;
    private final CaseSweep sweep;

    CaseFixtures(
            MockMvc mvc,
            JdbcClient jdbc,
            JsonMapper json,
            Users users,
            HouseholdRegistry registry,
            JdbcDepartmentTokens tokens,
            CaseSweep sweep) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.json = json;
        this.users = new TestUsers(users);
        this.registry = registry;
        this.tokens = tokens;
        this.sweep = sweep;
    }

    // ---- users

    /**
     * The people of 临颍县 a case meets: a province, a county and two town officers (繁城回族镇 and 杜曲镇),
     * and two assistants of village 201, the first of whom is made the village's assistant (cases
     * opened there are assigned to it). Users are named {@code <prefix>-province}, {@code
     * <prefix>-county}, {@code <prefix>-town}, {@code <prefix>-other-town}, {@code
     * <prefix>-assistant} and {@code <prefix>-other-assistant}: give each test class its own
     * prefix.
     */
    public record People(
            CurrentUser province,
            CurrentUser county,
            CurrentUser town,
            CurrentUser otherTown,
            CurrentUser assistant,
            CurrentUser otherAssistant) {}

    /** Creates (or finds) the {@link People} of a test class. */
    public People people(String prefix) {
        People people =
                new People(
                        user(prefix + "-province", Role.PROVINCE_OFFICER, PROVINCE),
                        user(prefix + "-county", Role.COUNTY_OFFICER, COUNTY),
                        user(prefix + "-town", Role.TOWN_OFFICER, TOWN),
                        user(prefix + "-other-town", Role.TOWN_OFFICER, OTHER_TOWN),
                        user(prefix + "-assistant", Role.VILLAGE_ASSISTANT, VILLAGE),
                        user(prefix + "-other-assistant", Role.VILLAGE_ASSISTANT, VILLAGE));
        registry.assignAssistant(VILLAGE, people.assistant().id());
        return people;
    }

    /**
     * Creates a user (password {@link TestUsers#PASSWORD}), or finds it if a test before made it.
     * The region must be of the role's level: a town officer's a 9-digit town, an assistant's a
     * 12-digit village.
     */
    public CurrentUser user(String username, Role role, RegionCode region) {
        return users.user(username, role, region.shortCode());
    }

    /** Signs a MockMvc request in as the user (HTTP Basic). */
    public static RequestPostProcessor as(CurrentUser user) {
        return TestUsers.as(user);
    }

    // ---- households

    /** Registers (or replaces) a household through the registry, as the system. */
    public void register(Household household) {
        registry.register(household);
    }

    /** Registers the golden case's household and, if it has a visit, its local standard. */
    public void register(GoldenCase golden) {
        registry.register(golden.household());
        golden.visit().ifPresent(v -> registry.saveStandard(v.standard()));
    }

    // ---- feeds

    /** Issues a real department token (through the ingest module) and returns it in the clear. */
    public String tokenFor(Source department) {
        return tokens.issue(department, "test feed of " + department);
    }

    /** Sends the records as one JSON batch with the token; the answer is the test's to check. */
    public ResultActions send(String token, List<DepartmentEvent> events) throws Exception {
        return mvc.perform(
                post("/api/v1/events")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(batch(events)));
    }

    /**
     * Sends the records in order, one batch per run of records of the same department, each with a
     * new token of that department.
     */
    public void sendInOrder(List<DepartmentEvent> events) throws Exception {
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
    public String batch(List<DepartmentEvent> events) {
        return json.writeValueAsString(
                Map.of("events", events.stream().map(CaseFixtures::record).toList()));
    }

    private static Map<String, Object> record(DepartmentEvent event) {
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

    // ---- the sweep

    /** Assesses the held records of every household up to the date (the sweep's first step). */
    public RiskAssessment.Advanced advance(LocalDate through) {
        return sweep.advance(through);
    }

    /** The sweep itself, to mark overdue cases or run it whole as of a date. */
    public CaseSweep sweep() {
        return sweep;
    }

    // ---- cases through the API

    /** {@code POST url} (with the path variable) as the user, with a JSON body. */
    public ResultActions postAs(CurrentUser who, String url, Object id, String body)
            throws Exception {
        return mvc.perform(
                post(url, id).with(as(who)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    public JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /** {@code GET /api/v1/cases/{id}} as the user. */
    public JsonNode caseAs(CurrentUser user, long id) throws Exception {
        return body(mvc.perform(get("/api/v1/cases/{id}", id).with(as(user))));
    }

    // ---- the tables

    /**
     * Empties the tables of feeds, engine states and cases, and department tokens, and removes the
     * golden households from the registry (the golden cases share persons, and a person belongs to
     * one household only). Call it first in a test of feeds or cases.
     */
    public void clearFeedsAndCases() {
        jdbc.sql(
                        """
                        TRUNCATE ingest_event, ingest_department_token, assessment_household_state,
                            alerting_decision_indicator, alerting_decision, alerting_visit,
                            alerting_visit_photo, alerting_measure, alerting_referral_feedback,
                            alerting_case_history, alerting_case
                        RESTART IDENTITY CASCADE
                        """)
                .update();
        jdbc.sql("DELETE FROM registry_household WHERE id IN (:ids)")
                .param("ids", GOLDEN_HOUSEHOLDS)
                .update();
    }

    public long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    /** The id of the one case there is. */
    public long onlyCaseId() {
        return jdbc.sql("SELECT id FROM alerting_case").query(Long.class).single();
    }

    public int versionOf(long caseId) {
        return jdbc.sql("SELECT version FROM alerting_case WHERE id = :id")
                .param("id", caseId)
                .query(Integer.class)
                .single();
    }

    public String statusOf(long caseId) {
        return jdbc.sql("SELECT status FROM alerting_case WHERE id = :id")
                .param("id", caseId)
                .query(String.class)
                .single();
    }

    // ---- the audit trail (append-only: read it from a mark on)

    /** A mark in the audit trail: take it before the step, read {@link #auditedSince} after. */
    public long auditMark() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM platform_audit")
                .query(Long.class)
                .single();
    }

    /** The audit entries written after the mark, oldest first. */
    public List<AuditEntry> auditedSince(long mark) {
        return jdbc.sql(
                        """
                        SELECT actor, action, subject_type, subject_id, detail FROM platform_audit
                        WHERE id > :mark ORDER BY id
                        """)
                .param("mark", mark)
                .query(
                        (rs, n) ->
                                new AuditEntry(
                                        rs.getString("actor"),
                                        rs.getString("action"),
                                        rs.getString("subject_type"),
                                        rs.getString("subject_id"),
                                        rs.getString("detail")))
                .list();
    }

    /** The audit entries about one kind of thing ({@code case}, {@code department_token}). */
    public List<AuditEntry> auditedSince(long mark, String subjectType) {
        return auditedSince(mark).stream()
                .filter(e -> e.subjectType().equals(subjectType))
                .toList();
    }
}
