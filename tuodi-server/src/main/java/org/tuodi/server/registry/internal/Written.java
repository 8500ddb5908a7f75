package org.tuodi.server.registry.internal;

import java.util.Map;
import java.util.Set;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.LowIncomeCategory;

/**
 * What registering a batch of households did: how many were new, how many replaced an existing
 * household, and the category changes of the replaced ones (added and removed).
 */
public record Written(int created, int replaced, Map<HouseholdId, CategoryChange> changes) {

    public Written {
        changes = Map.copyOf(changes);
    }

    /** Categories opened and closed for one household. */
    public record CategoryChange(Set<LowIncomeCategory> added, Set<LowIncomeCategory> removed) {}
}
