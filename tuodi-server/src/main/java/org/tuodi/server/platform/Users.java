package org.tuodi.server.platform;

import java.util.Optional;
import org.tuodi.core.region.RegionCode;

/** 用户: platform users with a role and a region; passwords are stored hashed. */
public interface Users {

    CurrentUser create(String username, String rawPassword, Role role, RegionCode region);

    Optional<CurrentUser> find(long id);

    Optional<CurrentUser> findByUsername(String username);

    /** How many users there are, of every role and region: 0 before the first user. */
    long count();
}
