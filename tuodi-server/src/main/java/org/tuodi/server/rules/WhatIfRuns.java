package org.tuodi.server.rules;

import java.time.LocalDate;
import org.tuodi.server.platform.CurrentUser;

/**
 * 模拟运行: what-if runs as background jobs, one at a time, kept in memory (the last 50; a restart
 * forgets them: a what-if changes nothing and can be run again). Officers of a county and above
 * start them over their own region and follow those of their region.
 */
public interface WhatIfRuns {

    /** The longest period a run covers. */
    int MAX_DAYS = 366;

    /**
     * Queues the what-if of a stored version over the records that happened in {@code [from, to]}.
     *
     * @throws org.tuodi.server.platform.InvalidInputProblem for a period that is reversed, longer
     *     than {@link #MAX_DAYS} or ends after today
     * @throws org.tuodi.server.platform.ConflictProblem if too many runs are queued
     */
    WhatIfRun start(CurrentUser user, long versionId, LocalDate from, LocalDate to);

    /** A run within the user's region; 404 otherwise. */
    WhatIfRun find(CurrentUser user, long id);
}
