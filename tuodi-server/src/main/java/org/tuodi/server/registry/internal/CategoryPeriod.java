package org.tuodi.server.registry.internal;

import java.time.LocalDate;
import org.tuodi.core.household.LowIncomeCategory;

/**
 * A period in which a household carried a category: from {@code effectiveFrom} (inclusive) to
 * {@code effectiveTo} (exclusive), or still current when {@code effectiveTo} is null.
 */
public record CategoryPeriod(
        LowIncomeCategory category,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String openedBy,
        String closedBy) {}
