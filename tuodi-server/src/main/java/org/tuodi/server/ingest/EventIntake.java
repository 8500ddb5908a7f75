package org.tuodi.server.ingest;

import java.util.List;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.Source;

/**
 * 部门数据接收: the ingest module's API. Takes a batch of records from one department: each record is
 * validated, deduplicated on {@code (source, event_id)}, stored (records about persons in no
 * monitored household are kept as unmatched) and assessed at once.
 */
public interface EventIntake {

    IntakeReceipt accept(Source sender, List<DepartmentEvent> events);

    /** What became of a batch: counts by outcome. */
    record IntakeReceipt(int accepted, int duplicates, int unmatched, int alertsRaised) {}
}
