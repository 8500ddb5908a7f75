package org.tuodi.server.registry.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tuodi.core.region.RegionCode;
import org.tuodi.server.platform.Access;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.platform.Users;
import org.tuodi.server.registry.internal.Assistants;
import org.tuodi.server.registry.internal.JdbcAssistants;

/**
 * The assistant (协理员) of a village: town officers and above set it for villages within their
 * region; officers and auditors of the region read it. The user must be a {@code VILLAGE_ASSISTANT}
 * of that village.
 */
@RestController
class AssistantApiController {

    private final Assistants assistants;
    private final JdbcAssistants stored;
    private final Users users;

    AssistantApiController(Assistants assistants, JdbcAssistants stored, Users users) {
        this.assistants = assistants;
        this.stored = stored;
        this.users = users;
    }

    @PutMapping("/api/v1/villages/{code}/assistant")
    AssistantResponse assign(
            CurrentUser user,
            @PathVariable("code") String code,
            @Valid @RequestBody AssistantRequest request) {
        Access.requireRole(user, Access.OFFICERS, "assign assistants");
        RegionCode village = Codes.region("code", code);
        user.requireCovers(village);
        CurrentUser assistant = assistants.assign(village, request.userId(), user.username());
        return new AssistantResponse(village.value(), assistant.id(), assistant.username());
    }

    @GetMapping("/api/v1/villages/{code}/assistant")
    AssistantResponse assistant(CurrentUser user, @PathVariable("code") String code) {
        Access.requireRole(user, Access.REGISTRY_READERS, "read assistants");
        RegionCode village = Codes.region("code", code);
        user.requireCovers(village);
        return stored.assistantOf(village)
                .flatMap(users::find)
                .map(a -> new AssistantResponse(village.value(), a.id(), a.username()))
                .orElseThrow(() -> new NotFoundProblem("assistant of village", village));
    }

    record AssistantRequest(@NotNull Long userId) {}

    record AssistantResponse(String villageCode, long userId, String username) {}
}
