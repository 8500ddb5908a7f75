package org.tuodi.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
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
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.EventType;
import org.tuodi.core.event.MedicalSettlement;
import org.tuodi.core.event.Source;
import org.tuodi.core.fixtures.Standards;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.Member;
import org.tuodi.core.region.Region;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.core.region.RegionLevel;
import org.tuodi.core.shared.Yuan;
import org.tuodi.server.TuodiApplication;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;

@DisplayName("tuodi demo: 临颍县 with its real towns and villages, demo users and a live feed")
@SpringBootTest(
        properties = {
            "tuodi.db.data-dir=",
            DemoCountyIT.CLOCK,
            DemoCountyIT.BY_HAND,
            DemoCountyIT.SPEED,
            DemoCountyIT.SHOCKS
        })
@ActiveProfiles("demo")
@Import(InMemoryContracts.class)
@ExtendWith(OutputCaptureExtension.class)
class DemoCountyIT {

    static final String CLOCK = "tuodi.clock.fixed=2024-09-02T09:00:00+08:00";
    static final LocalDate TODAY = LocalDate.of(2024, 9, 2);

    /** The tests tick the simulator themselves: 500 records a tick, a shock every second tick. */
    static final String BY_HAND = "tuodi.demo.simulator.enabled=false";

    static final String SPEED = "tuodi.demo.simulator.speed=6000";
    static final String SHOCKS = "tuodi.demo.simulator.shock-every=PT10S";

    /** Ticks enough to go through the first months of the schedule (about 2,400 records each). */
    static final int TICKS = 24;

    @Autowired InMemoryContracts.Store store;
    @Autowired DemoCounty county;
    @Autowired FeedSimulator simulator;
    @Autowired DemoSettings settings;

    @Test
    void loadsTheRealTownsOfLinyingEachWithItsOfficerAndHouseholds() {
        RegionDirectory regions = county.regions();
        Set<RegionCode> towns =
                regions.children(DemoCounty.LINYING).stream()
                        .map(Region::code)
                        .collect(Collectors.toSet());

        Set<RegionCode> townsWithHouseholds =
                households().stream()
                        .map(h -> h.region().ancestorAt(RegionLevel.TOWN))
                        .collect(Collectors.toSet());
        Set<RegionCode> townsWithOfficers =
                usersOf(Role.TOWN_OFFICER).stream()
                        .map(CurrentUser::region)
                        .collect(Collectors.toSet());

        assertThat(towns).hasSize(16).contains(DemoCounty.FANCHENG);
        assertThat(regions.find(DemoCounty.FANCHENG).orElseThrow().name()).isEqualTo("繁城回族镇");
        assertThat(townsWithHouseholds).isEqualTo(towns);
        assertThat(townsWithOfficers).isEqualTo(towns);
    }

    @Test
    @DisplayName("繁城回族镇 has 32 administrative villages, each with one assistant (协理员)")
    void fanchengHasThirtyTwoVillagesEachWithOneAssistant() {
        List<Region> villages = county.regions().children(DemoCounty.FANCHENG);

        Set<Long> assistants = new HashSet<>();
        for (Region village : villages) {
            long id = store.registry.assistantOf(village.code()).orElseThrow();
            CurrentUser assistant = store.users.find(id).orElseThrow();
            assertThat(assistant.role()).isEqualTo(Role.VILLAGE_ASSISTANT);
            assertThat(assistant.region()).isEqualTo(village.code());
            assistants.add(id);
        }

        assertThat(villages).hasSize(32);
        assertThat(assistants).hasSize(32);
        assertThat(usersOf(Role.VILLAGE_ASSISTANT)).hasSize(32);
    }

    @Test
    void hasADemoUserForEveryRoleOfThePlatform() {
        Set<Role> roles =
                store.users.byName.values().stream()
                        .map(CurrentUser::role)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

        assertThat(roles).isEqualTo(EnumSet.complementOf(EnumSet.of(Role.DEPARTMENT_FEED)));
        assertThat(store.users.findByUsername("province").orElseThrow().region())
                .isEqualTo(RegionCode.of("41"));
        assertThat(store.users.findByUsername("city").orElseThrow().region())
                .isEqualTo(RegionCode.of("4111"));
        assertThat(store.users.findByUsername("county").orElseThrow().region())
                .isEqualTo(RegionCode.of("411122"));
        assertThat(store.users.findByUsername("auditor").orElseThrow().role())
                .isEqualTo(Role.AUDITOR);
        assertThat(store.users.byName).hasSize(3 + 16 + 32 + 1);
    }

    @Test
    void registersGeneratedHouseholdsInRealVillagesOfTheCountyWithItsIdentityNumbers() {
        RegionDirectory regions = county.regions();

        List<Household> households = households();

        assertThat(households).hasSizeBetween(2_000, 6_000).hasSize(county.households().size());
        assertThat(households)
                .allSatisfy(
                        h -> {
                            assertThat(regions.isKnownVillage(h.region())).isTrue();
                            assertThat(DemoCounty.LINYING.contains(h.region())).isTrue();
                            assertThat(h.members()).isNotEmpty();
                        });
        assertThat(households)
                .flatExtracting(Household::members)
                .extracting(m -> m.id().value().substring(0, 6))
                .containsOnly("411122");
        assertThat(households.stream().filter(h -> DemoCounty.FANCHENG.contains(h.region())))
                .hasSizeGreaterThan(100);
    }

    @Test
    void registersTheLocalStandardOfTheCounty() {
        RegionCode village = RegionCode.of("411122101201");

        assertThat(store.registry.standardFor(village, TODAY)).contains(Standards.linying2023());
    }

    @Test
    void feedsEachDepartmentsRecordsWithItsOwnTokenDatedTodayWithShocks() {
        int before = store.intake.batches.size();
        int authenticatedBefore = store.tokens.authenticated.size();

        for (int i = 0; i < TICKS; i++) {
            simulator.tick();
        }

        List<InMemoryContracts.Batch> batches =
                store.intake.batches.subList(before, store.intake.batches.size());
        List<Source> authenticated =
                store.tokens.authenticated.subList(
                        authenticatedBefore, store.tokens.authenticated.size());
        assertThat(batches.stream().map(InMemoryContracts.Batch::sender).toList())
                .isEqualTo(authenticated);
        assertThat(store.tokens.issued.values()).containsExactlyInAnyOrder(Source.values());
        List<DepartmentEvent> sent = new ArrayList<>();
        for (InMemoryContracts.Batch batch : batches) {
            assertThat(batch.events()).allMatch(e -> e.key().source() == batch.sender());
            sent.addAll(batch.events());
        }
        assertThat(sent).hasSize(TICKS * settings.simulator().recordsPerTick() + TICKS / 2);
        assertThat(sent).extracting(DepartmentEvent::key).doesNotHaveDuplicates();
        assertThat(sent).allMatch(e -> e.occurredOn().equals(TODAY));
        assertThat(sent).allMatch(e -> store.registry.householdOf(e.person()).isPresent());
        assertThat(sent.stream().map(e -> e.key().source()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Source.values());
        List<MedicalSettlement> shocks =
                sent.stream()
                        .filter(e -> e.key().eventId().startsWith("SIM-SHOCK-"))
                        .map(MedicalSettlement.class::cast)
                        .toList();
        assertThat(shocks).hasSize(TICKS / 2);
        for (MedicalSettlement shock : shocks) {
            HouseholdId id = store.registry.householdOf(shock.person()).orElseThrow();
            Household household = store.registry.find(id).orElseThrow();
            assertThat(DemoCounty.FANCHENG.contains(household.region())).isTrue();
            Member patient =
                    household.members().stream()
                            .filter(m -> m.id().equals(shock.person()))
                            .findFirst()
                            .orElseThrow();
            assertThat(patient.ageOn(TODAY)).isGreaterThanOrEqualTo(60);
            assertThat(shock.outOfPocket().isAtLeast(Yuan.of(5_000))).isTrue();
            assertThat(shock.type()).isEqualTo(EventType.MEDICAL_SETTLEMENT);
        }
    }

    @Test
    void aSecondStartOnTheSameDataDoesNotLoadAgainAndItsSimulatorGoesOn(
            @TempDir Path data, CapturedOutput output) {
        InMemoryContracts.Store shared = new InMemoryContracts.Store();
        Set<EventKey> firstRun;
        try (ConfigurableApplicationContext first = start(shared, data)) {
            FeedSimulator feed = first.getBean(FeedSimulator.class);
            feed.tick();
            feed.tick();
            firstRun = Set.copyOf(shared.intake.keys);
        }
        int users = shared.users.byName.size();
        int households = shared.registry.households.size();

        try (ConfigurableApplicationContext second = start(shared, data)) {
            int keysBefore = shared.intake.keys.size();
            FeedTick sent = second.getBean(FeedSimulator.class).tick();

            assertThat(sent.accepted()).isEqualTo(sent.records()).isPositive();
            assertThat(shared.intake.keys).hasSize(keysBefore + sent.records());
            assertThat(shared.intake.keys).containsAll(firstRun);
            String port = second.getEnvironment().getProperty("local.server.port");
            assertThat(output.getOut())
                    .contains("http://localhost:" + port + "/")
                    .contains("loaded on an earlier start");
        }

        assertThat(shared.users.byName).hasSize(users);
        assertThat(shared.registry.households).hasSize(households);
        assertThat(shared.audit.stream().filter(a -> a.action().equals("DEMO_LOADED"))).hasSize(1);
        assertThat(output.getOut())
                .contains("password 'tuodi-demo'")
                .contains("assistant-411122101201")
                .contains("loaded now in");
    }

    /** Starts the demo as {@code tuodi demo --port 0 --data-dir DATA} would, with the fakes. */
    private static ConfigurableApplicationContext start(InMemoryContracts.Store store, Path data) {
        return new SpringApplicationBuilder(TuodiApplication.class, InMemoryContracts.class)
                .profiles("demo")
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("inMemoryStore", store))
                .run(
                        "--server.port=0",
                        "--tuodi.db.data-dir=" + data.resolve("postgres"),
                        "--" + CLOCK,
                        "--" + BY_HAND,
                        "--" + SPEED,
                        "--" + SHOCKS);
    }

    private List<Household> households() {
        return List.copyOf(store.registry.households.values());
    }

    private List<CurrentUser> usersOf(Role role) {
        return store.users.byName.values().stream().filter(u -> u.role() == role).toList();
    }
}
