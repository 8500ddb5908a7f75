package org.tuodi.server.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tuodi.core.region.Region;
import org.tuodi.core.region.RegionCode;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.Users;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * 演示用户: one user for every role of the platform over 临颍县: the province (河南省), city (漯河市) and county
 * (临颍县) officers, a town officer for each of the county's towns, an assistant (协理员) for each of
 * 繁城回族镇's villages made that village's assistant in the registry, and an auditor of the county.
 * Usernames say role and region ({@code town-411122101}, {@code assistant-411122101201}); every one
 * has the demo password. Only 繁城回族镇's villages get assistants: each user costs a bcrypt hash (about
 * 0.1 s), and the county's 367 villages would add half a minute to the first start.
 */
class DemoUsers {

    static final String PROVINCE = "province";
    static final String CITY = "city";
    static final String COUNTY = "county";
    static final String AUDITOR = "auditor";
    static final String TOWN_PREFIX = "town-";
    static final String ASSISTANT_PREFIX = "assistant-";

    /** A demo user to be: its username, role and region. */
    record Planned(String username, Role role, RegionCode region) {}

    private final DemoCounty county;
    private final Users users;
    private final HouseholdRegistry registry;
    private final AuditLog audit;

    DemoUsers(DemoCounty county, Users users, HouseholdRegistry registry, AuditLog audit) {
        this.county = county;
        this.users = users;
        this.registry = registry;
        this.audit = audit;
    }

    /** The demo users, officers from the top down, then the assistants, then the auditor. */
    List<Planned> plan() {
        List<Planned> plan = new ArrayList<>();
        plan.add(new Planned(PROVINCE, Role.PROVINCE_OFFICER, DemoCounty.HENAN));
        plan.add(new Planned(CITY, Role.CITY_OFFICER, DemoCounty.LUOHE));
        plan.add(new Planned(COUNTY, Role.COUNTY_OFFICER, DemoCounty.LINYING));
        for (Region town : county.towns()) {
            plan.add(new Planned(townOfficer(town.code()), Role.TOWN_OFFICER, town.code()));
        }
        for (Region village : county.villagesOf(DemoCounty.FANCHENG)) {
            plan.add(
                    new Planned(assistant(village.code()), Role.VILLAGE_ASSISTANT, village.code()));
        }
        plan.add(new Planned(AUDITOR, Role.AUDITOR, DemoCounty.LINYING));
        return List.copyOf(plan);
    }

    static String townOfficer(RegionCode town) {
        return TOWN_PREFIX + town.shortCode();
    }

    static String assistant(RegionCode village) {
        return ASSISTANT_PREFIX + village.shortCode();
    }

    /**
     * Creates the planned users that do not exist yet and makes each assistant its village's
     * assistant; returns how many were created.
     *
     * @throws IllegalStateException if a planned username belongs to a user of another role or
     *     region
     */
    int create(String password) {
        int created = 0;
        for (Planned planned : plan()) {
            Optional<CurrentUser> existing = users.findByUsername(planned.username());
            CurrentUser user;
            if (existing.isPresent()) {
                user = existing.get();
                if (user.role() != planned.role() || !user.region().equals(planned.region())) {
                    throw new IllegalStateException(
                            "user " + planned.username() + " exists with another role or region");
                }
            } else {
                user = users.create(planned.username(), password, planned.role(), planned.region());
                audit.record(
                        new AuditEntry(
                                "system",
                                "USER_CREATED",
                                "user",
                                Long.toString(user.id()),
                                "role=" + user.role() + " region=" + user.region() + " via=demo"));
                created++;
            }
            if (planned.role() == Role.VILLAGE_ASSISTANT) {
                registry.assignAssistant(planned.region(), user.id());
            }
        }
        return created;
    }
}
