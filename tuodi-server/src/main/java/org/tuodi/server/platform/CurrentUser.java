package org.tuodi.server.platform;

import java.util.Objects;
import org.tuodi.core.region.RegionCode;

/**
 * 当前用户: the signed-in user as every module sees it. Controllers take it as a method parameter;
 * every read and write is checked against {@link #region()} on the server side.
 */
public record CurrentUser(long id, String username, Role role, RegionCode region) {

    public CurrentUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(region, "region");
    }

    /** Whether the region lies within the user's region (officers, auditors, assistants). */
    public boolean covers(RegionCode other) {
        return region.contains(other);
    }

    /** Throws {@link AccessDeniedProblem} unless the region lies within the user's region. */
    public void requireCovers(RegionCode other) {
        if (!covers(other)) {
            throw new AccessDeniedProblem("region " + other + " is outside the user's region");
        }
    }
}
