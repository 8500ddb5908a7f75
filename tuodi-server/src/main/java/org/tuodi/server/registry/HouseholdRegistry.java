package org.tuodi.server.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.standard.LocalStandard;

/**
 * 低收入人口数据库: the registry module's API. Other modules read households, find the household of a
 * person, the assistant of a village and the local standard in force, only through it.
 */
public interface HouseholdRegistry {

    /** The household with its members and current categories. */
    Optional<Household> find(HouseholdId id);

    /**
     * 类别变更记录: the household's categories through time, oldest first; {@code to} (exclusive) is null
     * for a category it still carries. Empty for an unknown household.
     */
    List<CategorySpan> categoryHistory(HouseholdId id);

    /**
     * A period in which a household carried a category, from (inclusive) to (exclusive, or null).
     */
    record CategorySpan(LowIncomeCategory category, LocalDate from, LocalDate to) {}

    /** How many households are registered, in every region: 0 for an empty registry. */
    long householdCount();

    /** The monitored household the person is a member of. */
    Optional<HouseholdId> householdOf(NationalId person);

    /** The user id of the village's social-assistance assistant (协理员). */
    Optional<Long> assistantOf(RegionCode village);

    /** The local standard applying to a region on a date. */
    Optional<LocalStandard> standardFor(RegionCode region, LocalDate date);

    /** Registers (or replaces) a household with its members; used by imports and the demo. */
    void register(Household household);

    /** Makes a user the assistant of a village. */
    void assignAssistant(RegionCode village, long userId);

    /** Records a local standard with its effective date. */
    void saveStandard(LocalStandard standard);
}
