package org.tuodi.server.proofs;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.household.Member;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.household.Relation;
import org.tuodi.core.household.Residence;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.shared.Yuan;
import org.tuodi.server.alerting.AlertWorkflow;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * The world of the security proofs: one user of every role (province 河南, city 漯河, county 临颍, town
 * 繁城回族镇, the assistant of village 营王村, an auditor of the county), an officer of another province
 * (浙江 宁波 海曙区) and, inside 营王村 and outside (a community of 海曙区), a household with an open case, a
 * visit photo and an import job. Built through the real beans and the API; ids are read back for
 * the tests to aim at.
 */
final class ProofWorld {

    /** 营王村, inside every proof user's region. */
    static final RegionCode INSIDE = CaseFixtures.VILLAGE;

    /** 澄浪社区 of 宁波市海曙区: outside every proof user's region (all are in 河南). */
    static final RegionCode OUTSIDE = RegionCode.of("330203001001");

    static final String OUTSIDE_COUNTY = "330203";

    /** The date the proofs' records happen on, before the fixed clock (2024-09-01). */
    static final LocalDate EVENT_DAY = LocalDate.of(2024, 8, 1);

    /** A minimal PNG: the signature and a few bytes. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    /** The fixtures' names, so the log scan can look for them. */
    static final List<String> NAMES = List.of("卫青山", "霍去尘", "卓文秀", "司马长风");

    final CurrentUser province;
    final CurrentUser city;
    final CurrentUser county;
    final CurrentUser town;
    final CurrentUser assistant;
    final CurrentUser auditor;
    final CurrentUser ningbo;

    final Household insideHousehold;
    final Household outsideHousehold;
    long insideCase;
    long outsideCase;
    long insidePhoto;
    long outsidePhoto;
    long insideImport;
    long outsideImport;

    private final CaseFixtures fixtures;
    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final HouseholdRegistry registry;
    private final AlertWorkflow workflow;

    ProofWorld(
            CaseFixtures fixtures,
            MockMvc mvc,
            JdbcClient jdbc,
            HouseholdRegistry registry,
            AlertWorkflow workflow) {
        this.fixtures = fixtures;
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.registry = registry;
        this.workflow = workflow;
        province = fixtures.user("proof-province", Role.PROVINCE_OFFICER, CaseFixtures.PROVINCE);
        city = fixtures.user("proof-city", Role.CITY_OFFICER, RegionCode.of("4111"));
        county = fixtures.user("proof-county", Role.COUNTY_OFFICER, CaseFixtures.COUNTY);
        town = fixtures.user("proof-town", Role.TOWN_OFFICER, CaseFixtures.TOWN);
        assistant = fixtures.user("proof-assistant", Role.VILLAGE_ASSISTANT, INSIDE);
        auditor = fixtures.user("proof-auditor", Role.AUDITOR, CaseFixtures.COUNTY);
        ningbo = fixtures.user("proof-ningbo", Role.PROVINCE_OFFICER, RegionCode.of("33"));
        insideHousehold = household("PROOF-IN-01", INSIDE, NAMES.get(0), 1001);
        outsideHousehold = household("PROOF-OUT-01", OUTSIDE, NAMES.get(1), 1002);
    }

    /** The user of a role (the feed has none: it signs in with a token). */
    Optional<CurrentUser> userOf(Role role) {
        return switch (role) {
            case PROVINCE_OFFICER -> Optional.of(province);
            case CITY_OFFICER -> Optional.of(city);
            case COUNTY_OFFICER -> Optional.of(county);
            case TOWN_OFFICER -> Optional.of(town);
            case VILLAGE_ASSISTANT -> Optional.of(assistant);
            case AUDITOR -> Optional.of(auditor);
            case DEPARTMENT_FEED -> Optional.empty();
        };
    }

    /**
     * Empties feeds and cases, registers both households, raises a case for each (a medical
     * out-of-pocket of 6000 yuan: a general alert), adds a photo to each, and runs an import in
     * each region.
     */
    ProofWorld build() throws Exception {
        fixtures.clearFeedsAndCases();
        registry.register(insideHousehold);
        registry.register(outsideHousehold);
        registry.assignAssistant(INSIDE, assistant.id());
        String token = fixtures.tokenFor(org.tuodi.core.event.Source.MEDICAL_INSURANCE);
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/api/v1/events")
                                .header("Authorization", "Bearer " + token)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"events\": [%s, %s]}"
                                                .formatted(
                                                        settlement("PROOF-YB-1", insideHousehold),
                                                        settlement(
                                                                "PROOF-YB-2", outsideHousehold))))
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                                .isOk());
        fixtures.advance(EVENT_DAY.plusDays(30));
        insideCase = caseOf(insideHousehold);
        outsideCase = caseOf(outsideHousehold);
        insidePhoto = workflow.addPhoto(town, insideCase, "image/png", PNG);
        outsidePhoto = workflow.addPhoto(ningbo, outsideCase, "image/png", PNG);
        insideImport = importAs(town, "PROOF-IMP-IN", INSIDE, 1003);
        outsideImport = importAs(ningbo, "PROOF-IMP-OUT", OUTSIDE, 1004);
        mvc.perform(
                        put("/api/v1/standards")
                                .with(CaseFixtures.as(county))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(standard(INSIDE.value())))
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                                .isOk());
        return this;
    }

    /**
     * A local standard from 2099-12-01: far in the future, so it never applies to another test's
     * dates.
     */
    static String standard(String region) {
        return """
                {"regionCode": "%s", "effectiveFrom": "2099-12-01", "urbanDibaoMonthly": 700,
                 "ruralDibaoMonthly": 500, "edgeMultiplier": 1.5,
                 "lastYearDisposableIncomePerCapita": 20000, "temporaryAssistanceTiers": []}
                """
                .formatted(region);
    }

    /** A valid identity number born 1931-02-03 in 临颍县, with the given sequence (3 digits). */
    static NationalId idNumber(int sequence) {
        String first17 = "41112219310203" + "%03d".formatted(sequence % 1000);
        return NationalId.parse(first17 + NationalId.checkCharacter(first17));
    }

    static Household household(String id, RegionCode region, String name, int person) {
        Member head =
                new Member(
                        idNumber(person),
                        name,
                        Relation.HEAD,
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        Optional.of("1390000%04d".formatted(person)));
        return new Household(
                new HouseholdId(id),
                region,
                Set.of(LowIncomeCategory.DIBAO),
                Residence.RURAL,
                Yuan.parse("300.00"),
                Optional.empty(),
                List.of(head));
    }

    static String settlement(String eventId, Household household) {
        return """
                {"eventId": "%s", "source": "MEDICAL_INSURANCE", "type": "MEDICAL_SETTLEMENT",
                 "idNumber": "%s", "occurredOn": "%s", "outOfPocket": "6000.00",
                 "inpatient": true}
                """
                .formatted(eventId, household.members().get(0).id().value(), EVENT_DAY);
    }

    long caseOf(Household household) {
        return jdbc.sql("SELECT id FROM alerting_case WHERE household_id = :id")
                .param("id", household.id().value())
                .query(Long.class)
                .single();
    }

    /** Imports one household (with its head) as the user and waits for the job to finish. */
    long importAs(CurrentUser user, String householdId, RegionCode region, int person)
            throws Exception {
        String households =
                "household_id,region_code,categories,residence,per_capita_monthly_income,address\n"
                        + householdId
                        + ","
                        + region.value()
                        + ",DIBAO,RURAL,300.00,\n";
        String members =
                "household_id,id_number,name,relation,labor_capacity,disability_grade,"
                        + "disability_type,serious_illness,phone\n"
                        + householdId
                        + ","
                        + idNumber(person).value()
                        + ","
                        + NAMES.get(2)
                        + ",HEAD,FULL,,,false,\n";
        MvcResult started =
                mvc.perform(
                                multipart("/api/v1/imports")
                                        .file(csv("households", households))
                                        .file(csv("members", members))
                                        .with(CaseFixtures.as(user)))
                        .andReturn();
        if (started.getResponse().getStatus() != 202) {
            throw new AssertionError(
                    "import not started: " + started.getResponse().getContentAsString());
        }
        String location = started.getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        awaitImport(id);
        return id;
    }

    static MockMultipartFile csv(String part, String content) {
        return new MockMultipartFile(
                part, part + ".csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Waits (a generous deadline, no timing asserted) until the import job is no longer running.
     */
    void awaitImport(long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            String status =
                    jdbc.sql("SELECT status FROM registry_import_job WHERE id = :id")
                            .param("id", id)
                            .query(String.class)
                            .single();
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    /** Waits until no import job is queued or running (the matrix starts some). */
    void awaitNoImportRunning() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            long running =
                    jdbc.sql(
                                    "SELECT count(*) FROM registry_import_job"
                                            + " WHERE status IN ('QUEUED', 'RUNNING')")
                            .query(Long.class)
                            .single();
            if (running == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("imports still running");
    }
}
