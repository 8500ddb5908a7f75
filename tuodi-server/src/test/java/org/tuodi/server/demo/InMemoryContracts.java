package org.tuodi.server.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.Source;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.Member;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.standard.LocalStandard;
import org.tuodi.core.standard.LocalStandards;
import org.tuodi.server.ingest.EventIntake;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.ConflictProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.DepartmentTokens;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.Users;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * Test-only, in-memory stand-ins for the contracts the demo codes against ({@link Users}, {@link
 * AuditLog}, {@link HouseholdRegistry}, {@link EventIntake}, {@link DepartmentTokens}) while their
 * real implementations are written in the platform, registry and ingest branches. They keep the
 * contracts' rules the demo relies on (unique usernames, a role's region level, one household per
 * person, a token sends only its department's records, duplicates by key). Import explicitly. They
 * are {@code @Primary}, so the tests keep running on them once the real modules are merged (the
 * real beans then exist beside them, unused by the demo); to test on the real beans, drop the
 * import and read the state through the modules' APIs instead of the {@link Store}.
 *
 * <p>All state is in one {@link Store}; a test that starts the application twice shares it by
 * registering the same store before each start.
 */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryContracts {

    @Bean
    @ConditionalOnMissingBean
    Store inMemoryStore() {
        return new Store();
    }

    @Bean
    @Primary
    Users inMemoryUsers(Store store) {
        return store.users;
    }

    @Bean
    @Primary
    AuditLog inMemoryAuditLog(Store store) {
        return store.audit::add;
    }

    @Bean
    @Primary
    HouseholdRegistry inMemoryRegistry(Store store) {
        return store.registry;
    }

    @Bean
    @Primary
    DepartmentTokens inMemoryTokens(Store store) {
        return store.tokens;
    }

    @Bean
    @Primary
    EventIntake inMemoryIntake(Store store) {
        return store.intake;
    }

    /** Everything the fakes hold, to be read by the tests. */
    static final class Store {
        final List<AuditEntry> audit = Collections.synchronizedList(new ArrayList<>());
        final FakeUsers users = new FakeUsers();
        final FakeRegistry registry = new FakeRegistry();
        final FakeTokens tokens = new FakeTokens();
        final RecordingIntake intake = new RecordingIntake(registry);
    }

    static final class FakeUsers implements Users {
        final Map<String, CurrentUser> byName = new LinkedHashMap<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public synchronized CurrentUser create(
                String username, String rawPassword, Role role, RegionCode region) {
            if (rawPassword == null || rawPassword.length() < 8) {
                throw new InvalidInputProblem("password", "at least 8 characters");
            }
            if (role.level() != null && role.level() != region.level()) {
                throw new InvalidInputProblem("regionCode", role + " needs a " + role.level());
            }
            if (byName.containsKey(username)) {
                throw new ConflictProblem("username " + username + " is taken");
            }
            CurrentUser user = new CurrentUser(ids.incrementAndGet(), username, role, region);
            byName.put(username, user);
            return user;
        }

        @Override
        public synchronized Optional<CurrentUser> find(long id) {
            return byName.values().stream().filter(u -> u.id() == id).findFirst();
        }

        @Override
        public synchronized Optional<CurrentUser> findByUsername(String username) {
            return Optional.ofNullable(byName.get(username));
        }
    }

    static final class FakeRegistry implements HouseholdRegistry {
        final Map<HouseholdId, Household> households = new LinkedHashMap<>();
        final Map<NationalId, HouseholdId> persons = new HashMap<>();
        final Map<RegionCode, Long> assistants = new HashMap<>();
        final List<LocalStandard> standards = new ArrayList<>();

        @Override
        public synchronized Optional<Household> find(HouseholdId id) {
            return Optional.ofNullable(households.get(id));
        }

        @Override
        public synchronized Optional<HouseholdId> householdOf(NationalId person) {
            return Optional.ofNullable(persons.get(person));
        }

        @Override
        public synchronized Optional<Long> assistantOf(RegionCode village) {
            return Optional.ofNullable(assistants.get(village));
        }

        @Override
        public synchronized Optional<LocalStandard> standardFor(RegionCode region, LocalDate date) {
            return new LocalStandards(standards).applicableTo(region, date);
        }

        @Override
        public synchronized void register(Household household) {
            for (Member member : household.members()) {
                HouseholdId other = persons.get(member.id());
                if (other != null && !other.equals(household.id())) {
                    throw new ConflictProblem("a member is already in household " + other);
                }
            }
            households.put(household.id(), household);
            household.members().forEach(m -> persons.put(m.id(), household.id()));
        }

        @Override
        public synchronized void assignAssistant(RegionCode village, long userId) {
            assistants.put(village, userId);
        }

        @Override
        public synchronized void saveStandard(LocalStandard standard) {
            standards.add(standard);
        }
    }

    static final class FakeTokens implements DepartmentTokens {
        final Map<String, Source> issued = new LinkedHashMap<>();
        final List<Source> authenticated = new ArrayList<>();

        @Override
        public synchronized Optional<Source> authenticate(String rawToken) {
            Optional<Source> source = Optional.ofNullable(issued.get(rawToken));
            source.ifPresent(authenticated::add);
            return source;
        }

        @Override
        public synchronized String issue(Source department, String label) {
            String token = "tdt_fake_" + department + "_" + issued.size();
            issued.put(token, department);
            return token;
        }
    }

    /** A batch as the intake received it. */
    record Batch(Source sender, List<DepartmentEvent> events) {}

    static final class RecordingIntake implements EventIntake {
        final List<Batch> batches = new ArrayList<>();
        final Set<EventKey> keys = new HashSet<>();
        private final FakeRegistry registry;

        RecordingIntake(FakeRegistry registry) {
            this.registry = registry;
        }

        @Override
        public synchronized IntakeReceipt accept(Source sender, List<DepartmentEvent> events) {
            for (DepartmentEvent event : events) {
                if (event.key().source() != sender) {
                    throw new AccessDeniedProblem("a " + sender + " token sent another's record");
                }
            }
            batches.add(new Batch(sender, List.copyOf(events)));
            int accepted = 0;
            int duplicates = 0;
            int unmatched = 0;
            for (DepartmentEvent event : events) {
                if (!keys.add(event.key())) {
                    duplicates++;
                    continue;
                }
                accepted++;
                unmatched += registry.householdOf(event.person()).isEmpty() ? 1 : 0;
            }
            return new IntakeReceipt(accepted, duplicates, unmatched, 0);
        }
    }
}
