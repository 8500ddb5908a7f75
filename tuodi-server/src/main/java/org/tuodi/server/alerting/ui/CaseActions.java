package org.tuodi.server.alerting.ui;

import java.util.EnumSet;
import java.util.Set;
import org.tuodi.core.casework.CaseStatus;
import org.tuodi.core.region.RegionLevel;
import org.tuodi.server.alerting.web.CaseViews.CaseDetailView;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;

/**
 * Which steps the case page offers the user, by the case's status and the user's role (the same
 * rules the workflow enforces: docs/server-cases.md). Offering is a convenience: the workflow
 * checks again and refuses what is not allowed.
 */
final class CaseActions {

    private CaseActions() {}

    enum Step {
        ASSIGN,
        VISIT,
        DISPOSE,
        NO_ASSISTANCE_NEEDED,
        COUNTY_DECISION,
        REFERRAL_FEEDBACK,
        CLOSE
    }

    static Set<Step> offered(CurrentUser user, CaseDetailView c) {
        Set<Step> steps = EnumSet.noneOf(Step.class);
        CaseStatus status = CaseStatus.valueOf(c.status());
        boolean town = isOfficerAtLeastTown(user);
        boolean assignee =
                user.role() == Role.VILLAGE_ASSISTANT
                        && c.assigneeId() != null
                        && c.assigneeId() == user.id();
        if (town && (status == CaseStatus.PENDING_ASSIGNMENT || status == CaseStatus.ASSIGNED)) {
            steps.add(Step.ASSIGN);
        }
        if ((town || assignee) && status == CaseStatus.ASSIGNED) {
            steps.add(Step.VISIT);
        }
        if (town && status == CaseStatus.VISITED) {
            steps.add(Step.DISPOSE);
            steps.add(Step.NO_ASSISTANCE_NEEDED);
        }
        if (isOfficerAtLeast(user, RegionLevel.COUNTY)
                && status == CaseStatus.ESCALATED_TO_COUNTY) {
            steps.add(Step.COUNTY_DECISION);
        }
        boolean referred = c.decidedMeasures().stream().anyMatch(m -> m.referredTo() != null);
        if (town && status == CaseStatus.DISPOSED && referred) {
            steps.add(Step.REFERRAL_FEEDBACK);
        }
        if (town && (status == CaseStatus.DISPOSED || status == CaseStatus.NO_ASSISTANCE_NEEDED)) {
            steps.add(Step.CLOSE);
        }
        return steps;
    }

    static boolean isOfficerAtLeastTown(CurrentUser user) {
        return isOfficerAtLeast(user, RegionLevel.TOWN);
    }

    private static boolean isOfficerAtLeast(CurrentUser user, RegionLevel level) {
        return user.role().isOfficer() && user.role().level().ordinal() <= level.ordinal();
    }
}
