package org.tuodi.server.registry.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tuodi.core.region.Region;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.core.region.RegionLevel;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.NotFoundProblem;

/**
 * The region tree (统计用区划代码 2023), from the in-memory division data. A user sees its own region and
 * everything below it, and of the regions above only the path down to its own: the children of 临颍县
 * for a town officer of 繁城回族镇 are just 繁城回族镇. Any other region is 403 (region codes are public, so
 * there is nothing to hide by a 404).
 */
@RestController
class RegionApiController {

    private final RegionDirectory regions;

    RegionApiController(RegionDirectory regions) {
        this.regions = regions;
    }

    @GetMapping("/api/v1/regions/{code}")
    RegionResponse region(CurrentUser user, @PathVariable("code") String code) {
        Region region = visible(user, code);
        return response(region);
    }

    @GetMapping("/api/v1/regions/{code}/children")
    List<RegionResponse> children(CurrentUser user, @PathVariable("code") String code) {
        Region region = visible(user, code);
        return regions.children(region.code()).stream()
                .filter(child -> child.code().contains(user.region()) || user.covers(child.code()))
                .map(this::response)
                .toList();
    }

    private Region visible(CurrentUser user, String code) {
        RegionCode parsed = Codes.region("code", code);
        Region region =
                regions.find(parsed).orElseThrow(() -> new NotFoundProblem("region", parsed));
        if (!user.covers(parsed) && !parsed.contains(user.region())) {
            throw new AccessDeniedProblem(
                    "region " + parsed + " is neither within nor above region " + user.region());
        }
        return region;
    }

    private RegionResponse response(Region region) {
        return new RegionResponse(
                region.code().value(),
                region.name(),
                regions.fullName(region.code()),
                region.level(),
                region.parent().map(RegionCode::value).orElse(null),
                !regions.children(region.code()).isEmpty());
    }

    /**
     * @param fullName the official full name: 河南省漯河市临颍县繁城回族镇
     * @param hasChildren whether the division data lists regions below it
     */
    record RegionResponse(
            String code,
            String name,
            String fullName,
            RegionLevel level,
            String parentCode,
            boolean hasChildren) {}
}
