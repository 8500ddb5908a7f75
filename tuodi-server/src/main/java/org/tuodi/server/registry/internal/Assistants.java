package org.tuodi.server.registry.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.core.region.RegionLevel;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.Users;

/**
 * 协理员: one social-assistance assistant per village. The assistant must be a user of role {@code
 * VILLAGE_ASSISTANT} whose region is that very village. Audited as {@code ASSISTANT_ASSIGNED}.
 */
@Component
public class Assistants {

    private final JdbcAssistants assistants;
    private final Users users;
    private final RegionDirectory regions;
    private final AuditLog audit;
    private final Clock clock;

    Assistants(
            JdbcAssistants assistants,
            Users users,
            RegionDirectory regions,
            AuditLog audit,
            Clock clock) {
        this.assistants = assistants;
        this.users = users;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputProblem if the code is not a known village ({@code code}) or the user is
     *     not that village's assistant ({@code userId})
     */
    @Transactional
    public CurrentUser assign(RegionCode village, long userId, String actor) {
        if (village.level() != RegionLevel.VILLAGE || !regions.isKnownVillage(village)) {
            throw new InvalidInputProblem(
                    "code", "not a village of the statistical division codes (2023): " + village);
        }
        CurrentUser assistant =
                users.find(userId)
                        .filter(u -> u.role() == Role.VILLAGE_ASSISTANT)
                        .filter(u -> u.region().equals(village))
                        .orElseThrow(
                                () ->
                                        new InvalidInputProblem(
                                                "userId",
                                                "not a VILLAGE_ASSISTANT user of village "
                                                        + village));
        assistants.assign(village, userId, actor, OffsetDateTime.now(clock));
        audit.record(
                new AuditEntry(
                        actor,
                        "ASSISTANT_ASSIGNED",
                        "village",
                        village.value(),
                        "user_id=" + userId));
        return assistant;
    }
}
