package org.tuodi.server.platform;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * 权限: which roles may do what, checked on the server for every request. Region checks are {@link
 * CurrentUser#covers}; this class holds the role side.
 */
public final class Access {

    /** 省市县乡民政: officers of every level. */
    public static final Set<Role> OFFICERS =
            Collections.unmodifiableSet(
                    EnumSet.of(
                            Role.PROVINCE_OFFICER,
                            Role.CITY_OFFICER,
                            Role.COUNTY_OFFICER,
                            Role.TOWN_OFFICER));

    /** 县级及以上民政: who sets local standards and rule sets. */
    public static final Set<Role> COUNTY_OFFICERS_AND_ABOVE =
            Collections.unmodifiableSet(
                    EnumSet.of(Role.PROVINCE_OFFICER, Role.CITY_OFFICER, Role.COUNTY_OFFICER));

    /** Officers and auditors: who may read the registry of their region. */
    public static final Set<Role> REGISTRY_READERS =
            Collections.unmodifiableSet(
                    EnumSet.of(
                            Role.PROVINCE_OFFICER,
                            Role.CITY_OFFICER,
                            Role.COUNTY_OFFICER,
                            Role.TOWN_OFFICER,
                            Role.AUDITOR));

    /**
     * 审计日志的读者: auditors and officers of county level and above; a town officer, a village assistant
     * or a department feed may not read the trail. What of it each sees: {@link AuditTrail}.
     */
    public static final Set<Role> AUDIT_READERS =
            Collections.unmodifiableSet(
                    EnumSet.of(
                            Role.AUDITOR,
                            Role.PROVINCE_OFFICER,
                            Role.CITY_OFFICER,
                            Role.COUNTY_OFFICER));

    private Access() {}

    /**
     * Throws {@link AccessDeniedProblem} (403) unless the user has one of the roles.
     *
     * @param action what was attempted, for the log (never shown to the client)
     */
    public static void requireRole(CurrentUser user, Set<Role> allowed, String action) {
        if (!allowed.contains(user.role())) {
            throw new AccessDeniedProblem(
                    "role " + user.role() + " may not " + action + " (user " + user.id() + ")");
        }
    }
}
