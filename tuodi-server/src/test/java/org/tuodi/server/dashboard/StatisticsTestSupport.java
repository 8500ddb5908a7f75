package org.tuodi.server.dashboard;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.DisasterLoss;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.HousingDamage;
import org.tuodi.core.event.MedicalSettlement;
import org.tuodi.core.event.Source;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.Members;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.shared.Yuan;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.registry.HouseholdRegistry;
import tools.jackson.databind.JsonNode;

/**
 * The world of the statistics tests, built once per test class through the feeds and the case API:
 * nine cases in two towns of 临颍县, all raised by the platform on the clock date 2024-09-01 except
 * three raised 20 days earlier (2024-08-12: the clock of the shared test context is fixed, so their
 * dates are moved back before anyone works on them, as if an earlier sweep had raised them), and
 * then the sweep of 2024-09-01.
 *
 * <pre>
 * 繁城回族镇 营王村  F1 general  visited on time, 落实应享未享政策 with 支出型临时救助, closed      helped
 *                F2 urgent   raised earlier, visited late, 转介 with 住房救助                  helped
 *                F3 general  visited on time, 核实无需救助                                   not helped
 *          大杨村  F4 general  raised earlier, never visited: overdue for the visit
 *                F5 general  not visited, within its deadline
 * 杜曲镇   杜街村  D1 general  visited on time, 提交县级一事一议, decided by the county           helped
 *                D2 urgent   raised earlier, visited late, the county undecided: overdue
 *                D3 general  visited on time, 核实终止 with 慈善帮扶                            helped
 *                D4 general  visited on time, 核实终止 without a measure                       not helped
 * </pre>
 *
 * General cases come from ¥5,000.00 out of pocket (MEDICAL_OOP_12M_5000), urgent ones from a home
 * destroyed with ¥15,000.00 of loss (DISASTER_HOME_DESTROYED, DISASTER_LOSS_12M_10000).
 *
 * <p>Subclasses are {@code @ServerIntegrationTest}s: the one shared context, its real users,
 * registry, department tokens and sweep (docs/server.md, "Writing a server integration test"). The
 * tests only read, so the world is built once per class ({@code PER_CLASS}, {@code @BeforeAll}),
 * starting from {@link CaseFixtures#clearFeedsAndCases()}: whatever another class left in the feed
 * and case tables is gone, and test classes run one after another, so no other class clears the
 * world while this one reads it. Users ({@code stats-*}), households ({@code STATS-*}) and persons
 * (born 1975 and 2010) are this world's own; users are found again by the second class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StatisticsTestSupport {

    static final RegionCode YINGWANG = CaseFixtures.VILLAGE;
    static final RegionCode DAYANG = RegionCode.of("411122101202");
    static final RegionCode DUJIE = RegionCode.of("411122102201");
    static final RegionCode FANCHENG = CaseFixtures.TOWN;
    static final RegionCode DUQU = CaseFixtures.OTHER_TOWN;
    static final RegionCode LINYING = CaseFixtures.COUNTY;
    static final LocalDate TODAY = LocalDate.of(2024, 9, 1);

    static final String FINDINGS =
            """
            {"perCapitaMonthlyIncome": "420.00", "householdSize": 2,
             "rigidSpending": {"medicalOutOfPocket": "5000.00"}, "hasMemberAbleToWork": true}
            """;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CaseFixtures fixtures;
    @Autowired HouseholdRegistry registry;

    CurrentUser province;
    CurrentUser county;
    CurrentUser fancheng;
    CurrentUser duqu;
    CurrentUser yingwangAssistant;
    CurrentUser auditor;

    /** Open cases marked overdue for the visit in 繁城 before the sweep ran. */
    long visitOverdueBeforeTheSweep;

    private final List<DepartmentEvent> medical = new ArrayList<>();
    private final List<DepartmentEvent> disasters = new ArrayList<>();

    @BeforeAll
    void nineCasesAreWorkedInTwoTownsOfLinying() throws Exception {
        startFromEmptyFeedsAndCases();
        outOfPocket("F1", YINGWANG);
        homeDestroyed("F2", YINGWANG);
        outOfPocket("F3", YINGWANG);
        outOfPocket("F4", DAYANG);
        outOfPocket("F5", DAYANG);
        outOfPocket("D1", DUJIE);
        homeDestroyed("D2", DUJIE);
        outOfPocket("D3", DUJIE);
        outOfPocket("D4", DUJIE);
        fixtures.send(fixtures.tokenFor(Source.MEDICAL_INSURANCE), medical)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(7));
        fixtures.send(fixtures.tokenFor(Source.EMERGENCY_MANAGEMENT), disasters)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2));
        fixtures.advance(LocalDate.of(2024, 8, 31));
        for (String earlier : List.of("F2", "F4", "D2")) {
            raisedDaysEarlier(earlier, 20);
        }

        visit(fancheng, "F1");
        dispose(fancheng, "F1", "DELIVER_ENTITLEMENT", "TEMPORARY_ASSISTANCE_EXPENDITURE");
        step(fancheng, "F1", "close", "");
        visit(fancheng, "F2");
        dispose(fancheng, "F2", "REFER_TO_DEPARTMENT", "HOUSING_ASSISTANCE");
        visit(fancheng, "F3");
        step(fancheng, "F3", "no-assistance-needed", "\"reason\": \"医保二次报销后无困难\",");
        visit(duqu, "D1");
        dispose(duqu, "D1", "ESCALATE_TO_COUNTY", null);
        step(county, "D1", "county-decision", "\"decision\": \"一事一议：给予临时救助8000元\",");
        visit(duqu, "D2");
        dispose(duqu, "D2", "ESCALATE_TO_COUNTY", null);
        visit(duqu, "D3");
        dispose(duqu, "D3", "TERMINATE_OR_NO_NEED", "CHARITY_SUPPORT");
        visit(duqu, "D4");
        dispose(duqu, "D4", "TERMINATE_OR_NO_NEED", null);

        visitOverdueBeforeTheSweep =
                read(fancheng, "funnel").at("/funnel/overdue/visit").longValue();
        fixtures.sweep().markOverdue(TODAY);
    }

    /** GET {@code /api/v1/statistics/{what}} as the user, with parameters as name, value pairs. */
    ResultActions statistics(CurrentUser user, String what, String... parameters) throws Exception {
        var request = get("/api/v1/statistics/" + what).with(CaseFixtures.as(user));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request);
    }

    JsonNode read(CurrentUser user, String what, String... parameters) throws Exception {
        return fixtures.body(statistics(user, what, parameters).andExpect(status().isOk()));
    }

    /**
     * Empty feed and case tables (the cases of other test classes would count), and the users of
     * this world: the officers of {@link CaseFixtures#people}, an auditor of the county, and an
     * assistant for each of the three villages (营王村's is the fixtures' assistant).
     */
    private void startFromEmptyFeedsAndCases() {
        fixtures.clearFeedsAndCases();
        CaseFixtures.People people = fixtures.people("stats");
        province = people.province();
        county = people.county();
        fancheng = people.town();
        duqu = people.otherTown();
        yingwangAssistant = people.assistant();
        auditor = fixtures.user("stats-auditor", Role.AUDITOR, LINYING);
        assistantOf(DAYANG, "stats-assistant-dayang");
        assistantOf(DUJIE, "stats-assistant-dujie");
        medical.clear();
        disasters.clear();
    }

    private void assistantOf(RegionCode village, String username) {
        CurrentUser assistant = fixtures.user(username, Role.VILLAGE_ASSISTANT, village);
        registry.assignAssistant(village, assistant.id());
    }

    /** A household of two (a man and his daughter) in the village, registered; the man's id. */
    private NationalId household(String key, RegionCode village) {
        int n = medical.size() + disasters.size();
        Household household =
                Households.aHousehold()
                        .withId(householdId(key))
                        .in(village.value())
                        .dibao()
                        .withMember(
                                Members.aMember()
                                        .named("户主" + key)
                                        .bornOn(LocalDate.of(1975, 1, 1).plusDays(n))
                                        .male()
                                        .withSequence(1))
                        .withMember(
                                Members.aMember()
                                        .named("女儿" + key)
                                        .bornOn(LocalDate.of(2010, 1, 1).plusDays(n))
                                        .female()
                                        .withSequence(2))
                        .build();
        fixtures.register(household);
        return household.members().get(0).id();
    }

    private static String householdId(String key) {
        return "STATS-" + key;
    }

    private void outOfPocket(String key, RegionCode village) {
        medical.add(
                new MedicalSettlement(
                        new EventKey(Source.MEDICAL_INSURANCE, "YB-STATS-" + key),
                        household(key, village),
                        LocalDate.of(2024, 6, 10),
                        Optional.empty(),
                        Optional.empty(),
                        Yuan.parse("5000.00"),
                        Optional.of(false),
                        Optional.empty()));
    }

    private void homeDestroyed(String key, RegionCode village) {
        disasters.add(
                new DisasterLoss(
                        new EventKey(Source.EMERGENCY_MANAGEMENT, "YJ-STATS-" + key),
                        household(key, village),
                        LocalDate.of(2024, 7, 22),
                        Optional.of(Yuan.parse("15000.00")),
                        Optional.of(HousingDamage.DESTROYED)));
    }

    /**
     * Moves a case's dates back, as if an earlier sweep had raised it: the shared context's clock
     * is fixed, and the platform raises a case on the clock date. Done before anyone works on it.
     */
    private void raisedDaysEarlier(String household, int days) {
        int moved =
                jdbc.sql(
                                """
                                UPDATE alerting_case
                                SET raised_on = raised_on - :days, visit_due = visit_due - :days,
                                    disposal_due = disposal_due - :days
                                WHERE household_id = :h
                                """)
                        .param("days", days)
                        .param("h", householdId(household))
                        .update();
        if (moved != 1) {
            throw new IllegalStateException("no case of " + householdId(household));
        }
    }

    private void visit(CurrentUser who, String household) throws Exception {
        step(
                who,
                household,
                "visit",
                """
                "visitedOn": "2024-09-01", "investigators": ["cadre-01", "cadre-02"],
                "findings": %s, "familySigned": true,
                """
                        .formatted(FINDINGS));
    }

    private void dispose(CurrentUser who, String household, String outcome, String measure)
            throws Exception {
        String measures =
                measure == null
                        ? ""
                        : "{\"measure\": \"%s\", \"status\": \"RECOMMENDED\"}".formatted(measure);
        step(
                who,
                household,
                "dispose",
                """
                "outcome": "%s", "measures": [%s], "editReason": "乡镇审核意见",
                """
                        .formatted(outcome, measures));
    }

    /** {@code POST /api/v1/cases/{id}/<step>} as the officer, with the case's current version. */
    private void step(CurrentUser who, String household, String step, String fields)
            throws Exception {
        long id =
                jdbc.sql("SELECT id FROM alerting_case WHERE household_id = :h")
                        .param("h", householdId(household))
                        .query(Long.class)
                        .single();
        fixtures.postAs(
                        who,
                        "/api/v1/cases/{id}/" + step,
                        id,
                        "{" + fields + " \"version\": " + fixtures.versionOf(id) + "}")
                .andExpect(status().isOk());
    }
}
