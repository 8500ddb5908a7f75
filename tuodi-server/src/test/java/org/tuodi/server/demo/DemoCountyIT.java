package org.tuodi.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.Source;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.Members;
import org.tuodi.core.fixtures.Standards;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.Member;
import org.tuodi.core.region.Region;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.core.region.RegionLevel;
import org.tuodi.server.TuodiApplication;
import org.tuodi.server.alerting.CaseSweep;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.PersonalDataCipher;
import org.tuodi.server.platform.PersonalDataCipher.Field;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.TestUsers;
import org.tuodi.server.platform.Users;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * The demo on the real beans (users, audit, registry, intake, department tokens, cases) and a real
 * embedded PostgreSQL. It needs the {@code demo} profile, so it has a Spring context of its own,
 * the one context of every demo test (docs/server.md, "Writing a server integration test"); the
 * start-up tests start the application themselves on data folders of their own, as {@code tuodi
 * serve} and {@code tuodi demo} would.
 */
@DisplayName("tuodi demo: 临颍县 with its real towns and villages, demo users and a live feed")
@SpringBootTest(
        properties = {
            "tuodi.db.data-dir=",
            DemoCountyIT.CLOCK,
            DemoCountyIT.BY_HAND,
            DemoCountyIT.SPEED,
            DemoCountyIT.SHOCKS,
            DemoCountyIT.NO_SWEEP,
            "logging.level.org.springframework.security=WARN"
        })
@ActiveProfiles("demo")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class DemoCountyIT {

    static final String CLOCK = "tuodi.clock.fixed=2024-09-02T09:00:00+08:00";
    static final LocalDate TODAY = LocalDate.of(2024, 9, 2);

    /** The tests tick the simulator themselves: 250 records a tick, a shock every second tick. */
    static final String BY_HAND = "tuodi.demo.simulator.enabled=false";

    static final String SPEED = "tuodi.demo.simulator.speed=3000";
    static final String SHOCKS = "tuodi.demo.simulator.shock-every=PT10S";

    /** The tests run the sweep themselves, as of {@link #TODAY}. */
    static final String NO_SWEEP = "tuodi.sweep.cron=-";

    /**
     * The start-up tests load a smaller 临颍县 (167 households): what they check does not depend on
     * the number of households, and the first start takes seconds less.
     */
    static final String SMALL = "tuodi.demo.scale=0.01";

    /**
     * Ticks enough to go through the first months of the schedule (about 2,400 records each; the
     * first disaster loss of 应急管理 comes after about 10,400 records).
     */
    static final int TICKS = 48;

    /** The ticks before the first sweep: the first shock's. */
    static final int FIRST_SHOCK_TICKS = 2;

    /** An urgent (紧急) medical alert: out-of-pocket spending of ¥20,000 or more. */
    static final BigDecimal URGENT_OUT_OF_POCKET = new BigDecimal("20000");

    @Autowired DemoCounty county;
    @Autowired FeedSimulator simulator;
    @Autowired DemoSettings settings;
    @Autowired HouseholdRegistry registry;
    @Autowired Users users;
    @Autowired CaseSweep sweep;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataCipher cipher;
    @Autowired MockMvc mvc;

    @Test
    void loadsTheRealTownsOfLinyingEachWithItsOfficerAndHouseholds() {
        RegionDirectory regions = county.regions();
        Set<RegionCode> towns =
                regions.children(DemoCounty.LINYING).stream()
                        .map(Region::code)
                        .collect(Collectors.toSet());

        Set<RegionCode> townsWithHouseholds =
                householdRegions().stream()
                        .map(r -> r.ancestorAt(RegionLevel.TOWN))
                        .collect(Collectors.toSet());
        Set<RegionCode> townsWithOfficers =
                usersOf(Role.TOWN_OFFICER).stream()
                        .map(CurrentUser::region)
                        .collect(Collectors.toSet());

        assertThat(towns).hasSize(16).contains(DemoCounty.FANCHENG);
        assertThat(regions.find(DemoCounty.FANCHENG).orElseThrow().name()).isEqualTo("繁城回族镇");
        assertThat(townsWithHouseholds).isEqualTo(towns);
        assertThat(townsWithOfficers).isEqualTo(towns);
        assertThat(usersOf(Role.TOWN_OFFICER)).hasSize(16);
    }

    @Test
    @DisplayName("繁城回族镇 has 32 administrative villages, each with one assistant (协理员)")
    void fanchengHasThirtyTwoVillagesEachWithOneAssistant() {
        List<Region> villages = county.regions().children(DemoCounty.FANCHENG);

        Set<Long> assistants = new HashSet<>();
        for (Region village : villages) {
            long id = registry.assistantOf(village.code()).orElseThrow();
            CurrentUser assistant = users.find(id).orElseThrow();
            assertThat(assistant.role()).isEqualTo(Role.VILLAGE_ASSISTANT);
            assertThat(assistant.region()).isEqualTo(village.code());
            assertThat(assistant.username()).isEqualTo(DemoUsers.assistant(village.code()));
            assistants.add(id);
        }

        assertThat(villages).hasSize(32);
        assertThat(assistants).hasSize(32);
        assertThat(usersOf(Role.VILLAGE_ASSISTANT)).hasSize(32);
    }

    @Test
    void hasADemoUserForEveryRoleOfThePlatform() throws Exception {
        Set<Role> roles =
                allUsers().stream()
                        .map(CurrentUser::role)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

        assertThat(roles).isEqualTo(EnumSet.complementOf(EnumSet.of(Role.DEPARTMENT_FEED)));
        assertThat(users.findByUsername("province").orElseThrow().region())
                .isEqualTo(RegionCode.of("41"));
        assertThat(users.findByUsername("city").orElseThrow().region())
                .isEqualTo(RegionCode.of("4111"));
        assertThat(users.findByUsername("county").orElseThrow().region())
                .isEqualTo(RegionCode.of("411122"));
        assertThat(users.findByUsername("auditor").orElseThrow().role()).isEqualTo(Role.AUDITOR);
        assertThat(users.count()).isEqualTo(3 + 16 + 32 + 1);
        mvc.perform(get("/api/v1/me").with(TestUsers.basic("county", settings.password())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("COUNTY_OFFICER"));
    }

    @Test
    void registersGeneratedHouseholdsInRealVillagesOfTheCountyWithItsIdentityNumbers()
            throws Exception {
        RegionDirectory regions = county.regions();

        List<RegionCode> households = householdRegions();
        List<String> idNumbers =
                jdbc.sql("SELECT id_number_masked FROM registry_member").query(String.class).list();

        assertThat(households).hasSizeBetween(2_000, 6_000).hasSize(county.households().size());
        assertThat(registry.householdCount()).isEqualTo(county.households().size());
        assertThat(households)
                .allSatisfy(
                        region -> {
                            assertThat(regions.isKnownVillage(region)).isTrue();
                            assertThat(DemoCounty.LINYING.contains(region)).isTrue();
                        });
        assertThat(idNumbers)
                .hasSize(county.households().stream().mapToInt(Household::size).sum())
                .extracting(id -> id.substring(0, 6))
                .containsOnly("411122");
        assertThat(households.stream().filter(DemoCounty.FANCHENG::contains))
                .hasSizeGreaterThan(100);
        assertThat(
                        jdbc.sql(
                                        """
                                        SELECT count(*) FROM registry_household h
                                        WHERE NOT EXISTS (SELECT 1 FROM registry_member m
                                                          WHERE m.household_id = h.id)
                                        """)
                                .query(Long.class)
                                .single())
                .isZero();
        mvc.perform(
                        get("/api/v1/households")
                                .param("region", DemoCounty.LINYING.shortCode())
                                .param("size", "1")
                                .with(TestUsers.basic("county", settings.password())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(county.households().size()));
    }

    @Test
    void registersTheLocalStandardOfTheCounty() {
        RegionCode village = RegionCode.of("411122101201");

        assertThat(registry.standardFor(village, TODAY)).contains(Standards.linying2023());
    }

    @Test
    @DisplayName(
            "sends each department's records in batches of their own with its own token, and a"
                    + " shock opens an urgent case for the village's assistant")
    void feedsEachDepartmentsRecordsWithItsOwnTokenDatedTodayWithShocks() {
        long mark = lastId("ingest_event");

        // The first shock, then the sweep (hourly, every minute in demo mode: here by hand).
        List<Stored> sent = new ArrayList<>();
        for (int i = 0; i < FIRST_SHOCK_TICKS; i++) {
            sent.addAll(tickAndCheck(i, sent.isEmpty() ? mark : last(sent).id));
        }
        Stored firstShock = shocksOf(sent).get(0);
        sweep.advance(TODAY);

        assertThat(firstShock.outOfPocket).isGreaterThanOrEqualTo(URGENT_OUT_OF_POCKET);
        OpenCase urgent = openCaseOf(firstShock.household);
        long assistant = registry.assistantOf(urgent.region).orElseThrow();
        assertThat(urgent.level).isEqualTo("URGENT");
        assertThat(urgent.status).isEqualTo("ASSIGNED");
        assertThat(urgent.assignee).isEqualTo(assistant);
        assertThat(users.find(assistant).orElseThrow().username())
                .isEqualTo(DemoUsers.assistant(urgent.region));

        // On through the first months of the schedule.
        for (int i = FIRST_SHOCK_TICKS; i < TICKS; i++) {
            sent.addAll(tickAndCheck(i, last(sent).id));
        }

        assertThat(sent).hasSize(TICKS * settings.simulator().recordsPerTick() + TICKS / 2);
        assertThat(sent).allMatch(r -> r.occurredOn.equals(TODAY));
        assertThat(sent).allMatch(r -> r.household != null && r.outcome != null);
        assertThat(sent.stream().map(r -> r.source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Source.values());
        assertThat(simulatorTokens()).containsExactlyInAnyOrder(Source.values());
        assertThat(
                        jdbc.sql("SELECT count(*) FROM platform_audit WHERE action = :action")
                                .param("action", "TOKEN_REJECTED")
                                .query(Long.class)
                                .single())
                .isZero();
        List<Stored> shocks = shocksOf(sent);
        assertThat(shocks).hasSize(TICKS / 2).doesNotHaveDuplicates();
        for (Stored shock : shocks) {
            Household household = registry.find(new HouseholdId(shock.household)).orElseThrow();
            assertThat(DemoCounty.FANCHENG.contains(household.region())).isTrue();
            Member patient =
                    household.members().stream()
                            .filter(
                                    m ->
                                            cipher.lookupHash(Field.IDENTITY_NUMBER, m.id().value())
                                                    .equals(shock.personHash))
                            .findFirst()
                            .orElseThrow();
            assertThat(patient.ageOn(TODAY)).isGreaterThanOrEqualTo(HospitalShocks.ELDERLY);
            assertThat(shock.source).isEqualTo(Source.MEDICAL_INSURANCE);
            assertThat(shock.outOfPocket).isGreaterThanOrEqualTo(new BigDecimal("5000"));
        }
    }

    /**
     * Ticks the simulator once and checks what {@code ingest_event} holds of it: every record sent
     * is stored and matched to its household, and the records are stored department after
     * department, one batch each, as the intake refuses a batch with another department's record.
     */
    private List<Stored> tickAndCheck(int tick, long lastIdBefore) {
        FeedTick sent = simulator.tick();
        List<Stored> stored = storedAfter(lastIdBefore);

        assertThat(sent.records()).isPositive();
        assertThat(sent.accepted()).isEqualTo(sent.records()).isEqualTo(stored.size());
        assertThat(sent.duplicates()).isZero();
        assertThat(sent.unmatched()).isZero();
        assertThat(sent.shock()).isEqualTo(tick % 2 == 1);
        assertThat(runsOfOneSource(stored))
                .as("the departments of tick %d's records, in the order they were stored", tick)
                .doesNotHaveDuplicates();
        return stored;
    }

    private static Stored last(List<Stored> stored) {
        return stored.get(stored.size() - 1);
    }

    private static List<Stored> shocksOf(List<Stored> stored) {
        return stored.stream().filter(r -> r.eventId.startsWith("SIM-SHOCK-")).toList();
    }

    @Test
    void aSecondStartOnTheSameDataDoesNotLoadAgainAndItsSimulatorGoesOn(
            @TempDir Path data, CapturedOutput output) {
        int before = output.getOut().length();
        Set<String> firstRun;
        long usersBefore;
        long householdsBefore;
        try (ConfigurableApplicationContext first = startDemo(data)) {
            FeedSimulator feed = first.getBean(FeedSimulator.class);
            feed.tick();
            feed.tick();
            firstRun = eventKeys(first);
            usersBefore = first.getBean(Users.class).count();
            householdsBefore = first.getBean(HouseholdRegistry.class).householdCount();
        }
        assertThat(firstRun).isNotEmpty();
        String firstStart = output.getOut().substring(before);
        assertThat(firstStart)
                .contains("password 'tuodi-demo'")
                .contains("assistant-411122101201")
                .contains("loaded now in");

        int afterFirst = output.getOut().length();
        try (ConfigurableApplicationContext second = startDemo(data)) {
            int keysBefore = eventKeys(second).size();
            FeedTick sent = second.getBean(FeedSimulator.class).tick();

            assertThat(sent.accepted()).isEqualTo(sent.records()).isPositive();
            assertThat(eventKeys(second))
                    .hasSize(keysBefore + sent.records())
                    .containsAll(firstRun);
            assertThat(second.getBean(Users.class).count()).isEqualTo(usersBefore);
            assertThat(second.getBean(HouseholdRegistry.class).householdCount())
                    .isEqualTo(householdsBefore);
            assertThat(audited(second, "DEMO_LOADED")).isEqualTo(1);
            String port = second.getEnvironment().getProperty("local.server.port");
            assertThat(output.getOut().substring(afterFirst))
                    .contains("托底 Tuodi demo is ready: http://localhost:" + port + "/")
                    .contains("demo=already_loaded")
                    .contains("loaded on an earlier start")
                    .contains("password 'tuodi-demo'")
                    .doesNotContain("loaded now in");
        }
    }

    @Test
    void aDatabaseWithOtherHouseholdsIsNotFilledWithTheDemo(
            @TempDir Path data, CapturedOutput output) {
        Household other;
        int before = output.getOut().length();
        try (ConfigurableApplicationContext serve = start(data, false)) {
            RegionDirectory regions = serve.getBean(RegionDirectory.class);
            Region town = regions.children(RegionCode.of("411103")).get(0);
            Region village = regions.children(town.code()).get(0);
            other =
                    Households.aHousehold()
                            .withId("DEMO-IT-OTHER-1")
                            .in(village.code().value())
                            .withMember(Members.aMember().named("郾城户主").registeredIn("411103"))
                            .build();
            serve.getBean(HouseholdRegistry.class).register(other);
        }

        try (ConfigurableApplicationContext demo = start(data, true, SIMULATOR_ON)) {
            HouseholdRegistry otherRegistry = demo.getBean(HouseholdRegistry.class);

            assertThat(otherRegistry.householdCount()).isEqualTo(1);
            assertThat(otherRegistry.find(other.id())).isPresent();
            assertThat(demo.getBean(Users.class).count()).isZero();
            assertThat(otherRegistry.standardFor(RegionCode.of("411122101201"), TODAY)).isEmpty();
            assertThat(audited(demo, "DEMO_LOADED")).isZero();
            assertThat(count(demo, "ingest_department_token")).isZero();
            String port = demo.getEnvironment().getProperty("local.server.port");
            assertThat(output.getOut().substring(before))
                    .contains("demo=skipped reason=database_not_empty households=1 users=0")
                    .contains("simulator=off reason=no_demo_county")
                    .contains("托底 Tuodi demo is ready: http://localhost:" + port + "/")
                    .contains("NOT loaded: this database already holds 1 household and 0 users")
                    .contains("Feed simulator: off")
                    .doesNotContain("password 'tuodi-demo'");
        }
    }

    /** With the simulator running on its own: the database that is not the demo's stops it. */
    static final String SIMULATOR_ON = "tuodi.demo.simulator.enabled=true";

    /** Starts the demo as {@code tuodi demo --port 0 --data-dir DATA} would. */
    private static ConfigurableApplicationContext startDemo(Path data) {
        return start(data, true, BY_HAND);
    }

    /**
     * Starts the server on a data folder, as {@code tuodi demo} (or {@code tuodi serve}) {@code
     * --port 0 --data-dir DATA} would, with the tests' clock, pace and a small county.
     */
    private static ConfigurableApplicationContext start(
            Path data, boolean demo, String... settings) {
        List<String> args = new ArrayList<>();
        args.add("--server.port=0");
        args.add("--tuodi.db.data-dir=" + data.resolve("postgres"));
        // serve and demo on the same folder share its key file (demo mode creates it)
        args.add("--tuodi.crypto.create-key-file=true");
        for (String setting : List.of(CLOCK, SPEED, SHOCKS, NO_SWEEP, SMALL)) {
            args.add("--" + setting);
        }
        for (String setting : settings) {
            args.add("--" + setting);
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(TuodiApplication.class);
        if (demo) {
            builder.profiles("demo");
        }
        return builder.run(args.toArray(String[]::new));
    }

    private static Set<String> eventKeys(ConfigurableApplicationContext context) {
        return new LinkedHashSet<>(
                context.getBean(JdbcClient.class)
                        .sql("SELECT source || '/' || event_id FROM ingest_event")
                        .query(String.class)
                        .list());
    }

    private static long audited(ConfigurableApplicationContext context, String action) {
        return context.getBean(JdbcClient.class)
                .sql("SELECT count(*) FROM platform_audit WHERE action = :action")
                .param("action", action)
                .query(Long.class)
                .single();
    }

    private static long count(ConfigurableApplicationContext context, String table) {
        return context.getBean(JdbcClient.class)
                .sql("SELECT count(*) FROM " + table)
                .query(Long.class)
                .single();
    }

    /** A record as {@code ingest_event} holds it. */
    record Stored(
            long id,
            Source source,
            String eventId,
            String personHash,
            LocalDate occurredOn,
            String household,
            String outcome,
            BigDecimal outOfPocket) {}

    private List<Stored> storedAfter(long id) {
        return jdbc.sql(
                        """
                        SELECT id, source, event_id, id_number_hash, occurred_on, household_id, outcome,
                               payload ->> :outOfPocket AS out_of_pocket
                        FROM ingest_event WHERE id > :id ORDER BY id
                        """)
                .param("outOfPocket", EventField.OUT_OF_POCKET.jsonName())
                .param("id", id)
                .query(
                        (rs, n) ->
                                new Stored(
                                        rs.getLong("id"),
                                        Source.valueOf(rs.getString("source")),
                                        rs.getString("event_id"),
                                        rs.getString("id_number_hash"),
                                        rs.getObject("occurred_on", LocalDate.class),
                                        rs.getString("household_id"),
                                        rs.getString("outcome"),
                                        rs.getString("out_of_pocket") == null
                                                ? null
                                                : new BigDecimal(rs.getString("out_of_pocket"))))
                .list();
    }

    /**
     * The departments of the runs of records of one department, in the order they were stored: a
     * batch is stored in one transaction, one after another, so each run is a batch.
     */
    private static List<Source> runsOfOneSource(List<Stored> stored) {
        List<Source> runs = new ArrayList<>();
        for (Stored record : stored) {
            if (runs.isEmpty() || runs.get(runs.size() - 1) != record.source) {
                runs.add(record.source);
            }
        }
        return runs;
    }

    /** The departments of the live tokens the simulator was issued. */
    private List<Source> simulatorTokens() {
        return jdbc.sql(
                        """
                        SELECT department FROM ingest_department_token
                        WHERE label = 'demo feed simulator' AND revoked_at IS NULL
                        """)
                .query((rs, n) -> Source.valueOf(rs.getString(1)))
                .list();
    }

    /** A case as {@code alerting_case} holds it. */
    record OpenCase(RegionCode region, String level, String status, Long assignee) {}

    private OpenCase openCaseOf(String household) {
        return jdbc.sql(
                        """
                        SELECT region_code, level, status, assignee_id FROM alerting_case
                        WHERE household_id = :household AND status <> 'CLOSED'
                        """)
                .param("household", household)
                .query(
                        (rs, n) ->
                                new OpenCase(
                                        new RegionCode(rs.getString("region_code")),
                                        rs.getString("level"),
                                        rs.getString("status"),
                                        rs.getObject("assignee_id", Long.class)))
                .single();
    }

    private long lastId(String table) {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM " + table).query(Long.class).single();
    }

    private List<RegionCode> householdRegions() {
        return jdbc.sql("SELECT region_code FROM registry_household")
                .query((rs, n) -> new RegionCode(rs.getString(1)))
                .list();
    }

    private List<CurrentUser> allUsers() {
        return jdbc.sql("SELECT id FROM platform_user").query(Long.class).list().stream()
                .map(id -> users.find(id).orElseThrow())
                .toList();
    }

    private List<CurrentUser> usersOf(Role role) {
        return allUsers().stream().filter(u -> u.role() == role).toList();
    }
}
