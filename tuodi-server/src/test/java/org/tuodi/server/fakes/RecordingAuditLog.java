package org.tuodi.server.fakes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;

/**
 * An audit log that keeps its entries in memory. Unlike the platform's, it does not join the
 * transaction: an entry recorded before a rollback stays, which the tests take into account.
 */
public class RecordingAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    public void clear() {
        entries.clear();
    }
}
