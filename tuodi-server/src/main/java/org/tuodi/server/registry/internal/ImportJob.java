package org.tuodi.server.registry.internal;

import java.time.OffsetDateTime;
import org.tuodi.core.region.RegionCode;

/**
 * 导入任务: an import of a households file and a members file, run in the background.
 *
 * @param region the importing user's region, which every imported household must lie in
 * @param rowsTotal data rows of both files, once counted (null before)
 * @param error why the import failed, if it did (file format, or the write failed and nothing was
 *     written)
 */
public record ImportJob(
        long id,
        Status status,
        long userId,
        String username,
        RegionCode region,
        String householdsFile,
        String membersFile,
        Long rowsTotal,
        long rowsRead,
        Counts counts,
        String error,
        OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    public enum Status {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    /** Rows read, accepted and rejected per file, and households created or replaced. */
    public record Counts(
            int householdsRead,
            int householdsAccepted,
            int householdsRejected,
            int membersRead,
            int membersAccepted,
            int membersRejected,
            int householdsCreated,
            int householdsReplaced) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);
    }
}
