package org.tuodi.server.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.standard.LocalStandard;
import org.tuodi.server.platform.ConflictProblem;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * The registry's API for other modules, on the registry's tables. Writes made through it (the demo,
 * other modules) are attributed to {@code system}; users' writes go through the REST API, which
 * names the user.
 */
@Component
class JdbcHouseholdRegistry implements HouseholdRegistry {

    static final String SYSTEM = "system";

    private final JdbcHouseholds households;
    private final Registrations registrations;
    private final JdbcAssistants assistants;
    private final Assistants assistantAssignments;
    private final JdbcStandards standards;
    private final Standards standardChanges;

    JdbcHouseholdRegistry(
            JdbcHouseholds households,
            Registrations registrations,
            JdbcAssistants assistants,
            Assistants assistantAssignments,
            JdbcStandards standards,
            Standards standardChanges) {
        this.households = households;
        this.registrations = registrations;
        this.assistants = assistants;
        this.assistantAssignments = assistantAssignments;
        this.standards = standards;
        this.standardChanges = standardChanges;
    }

    @Override
    public Optional<Household> find(HouseholdId id) {
        return households.find(id);
    }

    @Override
    public List<CategorySpan> categoryHistory(HouseholdId id) {
        return households.categoryHistory(id).stream()
                .map(p -> new CategorySpan(p.category(), p.effectiveFrom(), p.effectiveTo()))
                .toList();
    }

    @Override
    public long householdCount() {
        return households.count();
    }

    @Override
    public Optional<HouseholdId> householdOf(NationalId person) {
        return households.householdOf(person);
    }

    @Override
    public Optional<Long> assistantOf(RegionCode village) {
        return assistants.assistantOf(village);
    }

    @Override
    public Optional<LocalStandard> standardFor(RegionCode region, LocalDate date) {
        return standards.applicable(region, date);
    }

    /**
     * @throws ConflictProblem if a member is already registered in another household
     */
    @Override
    @Transactional
    public void register(Household household) {
        try {
            registrations.register(List.of(household), SYSTEM);
        } catch (DuplicateKeyException e) {
            throw new ConflictProblem(
                    "a member of household "
                            + household.id()
                            + " is already registered in another household");
        }
    }

    @Override
    public void assignAssistant(RegionCode village, long userId) {
        assistantAssignments.assign(village, userId, SYSTEM);
    }

    @Override
    public void saveStandard(LocalStandard standard) {
        standardChanges.save(standard, SYSTEM);
    }
}
