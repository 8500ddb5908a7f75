package org.tuodi.server.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.household.HouseholdId;

/**
 * 已接收的部门数据: the department records the ingest module stored, read back for replays (the what-if of
 * a draft rule set). Only records matched to a monitored household on receipt are read; duplicates
 * were never stored.
 */
public interface StoredRecords {

    /** How many households have records that happened in {@code [from, to]}. */
    int householdCount(LocalDate from, LocalDate to);

    /**
     * Each household with records that happened in {@code [from, to]}, in household id order, with
     * those records in the order they were received (the order the assessment saw them).
     */
    void eachHousehold(
            LocalDate from, LocalDate to, BiConsumer<HouseholdId, List<DepartmentEvent>> action);
}
