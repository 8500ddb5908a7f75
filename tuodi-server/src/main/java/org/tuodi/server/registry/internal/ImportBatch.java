package org.tuodi.server.registry.internal;

import java.util.List;
import org.tuodi.core.household.Household;
import org.tuodi.data.csv.FileCounts;
import org.tuodi.data.csv.Reject;

/**
 * What reading an import gave: the households accepted with their accepted members, every rejected
 * row (households file first, then members, by row), and the counts of each file.
 */
record ImportBatch(
        List<Household> households,
        List<Reject> rejects,
        FileCounts householdCounts,
        FileCounts memberCounts) {}
