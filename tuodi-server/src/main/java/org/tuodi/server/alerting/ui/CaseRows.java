package org.tuodi.server.alerting.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tuodi.core.region.Region;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.server.alerting.internal.CaseRow;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Users;

/** Case rows as the lists show them: the village's name and the assignee's user name. */
@Component
class CaseRows {

    private final RegionDirectory regions;
    private final Users users;

    CaseRows(RegionDirectory regions, Users users) {
        this.regions = regions;
        this.users = users;
    }

    /**
     * A case in a list. {@code nextDue} is the visit deadline until visited, then the disposal's.
     */
    record RowView(
            long id,
            int version,
            String householdId,
            String villageCode,
            String villageName,
            String level,
            String status,
            LocalDate raisedOn,
            LocalDate visitDue,
            LocalDate disposalDue,
            LocalDate nextDue,
            String assignee,
            String overdue,
            String escalatedTo) {}

    List<RowView> of(List<CaseRow> rows) {
        Map<Long, String> names = new HashMap<>();
        return rows.stream().map(r -> view(r, names)).toList();
    }

    String regionName(RegionCode code) {
        return regions.find(code).map(r -> regions.fullName(code)).orElse(code.value());
    }

    String villageName(RegionCode code) {
        return regions.find(code).map(Region::name).orElse(code.value());
    }

    String username(Long id) {
        return id == null ? null : users.find(id).map(CurrentUser::username).orElse(null);
    }

    private RowView view(CaseRow r, Map<Long, String> names) {
        String assignee =
                r.assigneeId() == null
                        ? null
                        : names.computeIfAbsent(r.assigneeId(), id -> username(id));
        return new RowView(
                r.id(),
                r.version(),
                r.householdId().value(),
                r.region().value(),
                villageName(r.region()),
                r.level().name(),
                r.status().name(),
                r.raisedOn(),
                r.visitDue(),
                r.disposalDue(),
                r.visitedOn() == null ? r.visitDue() : r.disposalDue(),
                assignee,
                r.overdue() == null ? null : r.overdue().name(),
                r.escalatedTo());
    }
}
