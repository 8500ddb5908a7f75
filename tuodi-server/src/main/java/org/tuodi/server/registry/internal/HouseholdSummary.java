package org.tuodi.server.registry.internal;

import java.util.Set;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.household.Residence;
import org.tuodi.core.region.RegionCode;

/**
 * A row of the household list: no income, no identity numbers.
 *
 * @param headName the name of the member recorded as head, or null if none is
 */
public record HouseholdSummary(
        String id,
        RegionCode region,
        Set<LowIncomeCategory> categories,
        Residence residence,
        int memberCount,
        String headName) {}
