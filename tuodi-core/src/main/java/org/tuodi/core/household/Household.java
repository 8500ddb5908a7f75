package org.tuodi.core.household;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.shared.Yuan;

/**
 * 监测户: a monitored low-income household as last verified: its village or community, its low-income
 * categories (one or several), urban or rural residence, per-capita monthly income and members.
 */
public record Household(
        HouseholdId id,
        RegionCode region,
        Set<LowIncomeCategory> categories,
        Residence residence,
        Yuan perCapitaMonthlyIncome,
        Optional<String> address,
        List<Member> members) {

    public Household {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(categories, "categories");
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("household " + id + " has no low-income category");
        }
        categories = Collections.unmodifiableSet(EnumSet.copyOf(categories));
        Objects.requireNonNull(residence, "residence");
        Objects.requireNonNull(perCapitaMonthlyIncome, "perCapitaMonthlyIncome");
        if (perCapitaMonthlyIncome.isNegative()) {
            throw new IllegalArgumentException("household " + id + " has a negative income");
        }
        Objects.requireNonNull(address, "address");
        members = List.copyOf(members);
    }

    public boolean has(LowIncomeCategory category) {
        return categories.contains(category);
    }

    public int size() {
        return members.size();
    }

    public Household withMembers(List<Member> newMembers) {
        return new Household(
                id, region, categories, residence, perCapitaMonthlyIncome, address, newMembers);
    }

    public Household withCategories(Set<LowIncomeCategory> newCategories) {
        return new Household(
                id, region, newCategories, residence, perCapitaMonthlyIncome, address, members);
    }

    /** Does not print the address or the members' personal information. */
    @Override
    public String toString() {
        return "Household[id="
                + id
                + ", region="
                + region
                + ", categories="
                + categories
                + ", residence="
                + residence
                + ", members="
                + members.size()
                + "]";
    }
}
