package org.tuodi.server.fakes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.Member;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.standard.LocalStandard;
import org.tuodi.server.registry.HouseholdRegistry;

/** A registry in memory: households, an index of persons, village assistants and standards. */
public class InMemoryHouseholdRegistry implements HouseholdRegistry {

    private final Map<HouseholdId, Household> households = new ConcurrentHashMap<>();
    private final Map<NationalId, HouseholdId> persons = new ConcurrentHashMap<>();
    private final Map<RegionCode, Long> assistants = new ConcurrentHashMap<>();
    private final List<LocalStandard> standards = new CopyOnWriteArrayList<>();

    @Override
    public Optional<Household> find(HouseholdId id) {
        return Optional.ofNullable(households.get(id));
    }

    @Override
    public Optional<HouseholdId> householdOf(NationalId person) {
        return Optional.ofNullable(persons.get(person));
    }

    @Override
    public Optional<Long> assistantOf(RegionCode village) {
        return Optional.ofNullable(assistants.get(village));
    }

    /** The most specific standard covering the region in force on the date. */
    @Override
    public Optional<LocalStandard> standardFor(RegionCode region, LocalDate date) {
        return standards.stream()
                .filter(s -> s.region().contains(region) && !s.effectiveFrom().isAfter(date))
                .max(
                        Comparator.comparing((LocalStandard s) -> s.region().level().ordinal())
                                .thenComparing(LocalStandard::effectiveFrom));
    }

    @Override
    public void register(Household household) {
        households.put(household.id(), household);
        for (Member member : household.members()) {
            persons.put(member.id(), household.id());
        }
    }

    @Override
    public void assignAssistant(RegionCode village, long userId) {
        assistants.put(village, userId);
    }

    @Override
    public void saveStandard(LocalStandard standard) {
        standards.add(standard);
    }

    public void clear() {
        households.clear();
        persons.clear();
        assistants.clear();
        standards.clear();
    }
}
