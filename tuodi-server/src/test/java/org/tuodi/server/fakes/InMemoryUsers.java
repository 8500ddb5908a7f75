package org.tuodi.server.fakes;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.tuodi.core.region.RegionCode;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.Users;

/** Users in memory; passwords are not kept (tests sign in through MockMvc). */
public class InMemoryUsers implements Users {

    private final AtomicLong ids = new AtomicLong(100);
    private final Map<String, CurrentUser> byName = new ConcurrentHashMap<>();

    @Override
    public CurrentUser create(String username, String rawPassword, Role role, RegionCode region) {
        CurrentUser user = new CurrentUser(ids.incrementAndGet(), username, role, region);
        if (byName.putIfAbsent(username, user) != null) {
            throw new IllegalArgumentException("username taken: " + username);
        }
        return user;
    }

    @Override
    public Optional<CurrentUser> find(long id) {
        return byName.values().stream().filter(u -> u.id() == id).findFirst();
    }

    @Override
    public Optional<CurrentUser> findByUsername(String username) {
        return Optional.ofNullable(byName.get(username));
    }

    public void clear() {
        byName.clear();
    }
}
