package org.tuodi.server.platform.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;

/** {@code GET /api/v1/me}: who the signed-in user is, its role and its region. */
@RestController
class MeApiController {

    private final RegionDirectory regions;

    MeApiController(RegionDirectory regions) {
        this.regions = regions;
    }

    @GetMapping("/api/v1/me")
    MeResponse me(CurrentUser user) {
        return new MeResponse(
                user.id(),
                user.username(),
                user.role(),
                user.region().value(),
                regions.find(user.region()).map(r -> regions.fullName(r.code())).orElse(""));
    }

    /**
     * @param regionName the full Chinese name, e.g. 河南省漯河市临颍县繁城回族镇
     */
    record MeResponse(long id, String username, Role role, String regionCode, String regionName) {}
}
