package org.tuodi.server.alerting.internal;

import org.springframework.stereotype.Component;
import org.tuodi.core.region.RegionLevel;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.platform.Role;

/**
 * Who sees and works which case. Officers (province, city, county, town) see the cases of the
 * villages in their region; a village assistant sees only the cases assigned to it; auditors and
 * department feeds see none here. A case outside the user's scope is answered as not found, so its
 * existence is not revealed. Within scope, each step needs a role: see {@link #requireOfficer}.
 */
@Component
public class CaseScope {

    private final JdbcCases cases;

    CaseScope(JdbcCases cases) {
        this.cases = cases;
    }

    /** The case if the user may see it; otherwise not found. */
    public CaseRow visible(CurrentUser user, long caseId) {
        return cases.find(caseId)
                .filter(row -> canSee(user, row))
                .orElseThrow(() -> new NotFoundProblem("case", caseId));
    }

    public static boolean canSee(CurrentUser user, CaseRow row) {
        if (user.role() == Role.VILLAGE_ASSISTANT) {
            return row.assigneeId() != null && row.assigneeId() == user.id();
        }
        return user.role().isOfficer() && user.covers(row.region());
    }

    /** Officers of the level or above (a town step may be done by the county, city, province). */
    static void requireOfficer(CurrentUser user, RegionLevel atLeast, String step) {
        if (!isOfficerAtLeast(user, atLeast)) {
            throw new AccessDeniedProblem(
                    step + " needs a " + atLeast + " officer or above, not " + user.role());
        }
    }

    /** The assigned assistant, or a town officer or above. */
    static void requireAssigneeOrOfficer(CurrentUser user, CaseRow row, String step) {
        boolean assignee = row.assigneeId() != null && row.assigneeId() == user.id();
        if (!assignee && !isOfficerAtLeast(user, RegionLevel.TOWN)) {
            throw new AccessDeniedProblem(
                    step + " needs the assigned assistant or a town officer or above");
        }
    }

    private static boolean isOfficerAtLeast(CurrentUser user, RegionLevel level) {
        return user.role().isOfficer() && user.role().level().ordinal() <= level.ordinal();
    }
}
