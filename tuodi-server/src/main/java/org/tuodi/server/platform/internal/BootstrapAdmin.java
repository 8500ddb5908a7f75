package org.tuodi.server.platform.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.tuodi.core.region.RegionCode;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;

/**
 * No default user, no default password: the first user exists only if {@code
 * tuodi.bootstrap.admin-password} is set (demo mode creates its own users instead). Then, and only
 * while the user table is empty, a province officer {@code admin} of {@code
 * tuodi.bootstrap.admin-region} (default 河南省) is created with that password. Otherwise the log says
 * how to create one.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final JdbcUsers users;
    private final AuditLog audit;
    private final String password;
    private final String region;

    BootstrapAdmin(
            JdbcUsers users,
            AuditLog audit,
            @Value("${tuodi.bootstrap.admin-password:}") String password,
            @Value("${tuodi.bootstrap.admin-region:41}") String region) {
        this.users = users;
        this.audit = audit;
        this.password = password;
        this.region = region;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (password.isBlank()) {
            log.warn(
                    "users=none hint=\"no user can sign in: start once with"
                            + " --tuodi.bootstrap.admin-password=<password> (or the environment"
                            + " variable TUODI_BOOTSTRAP_ADMIN_PASSWORD) to create the province"
                            + " officer 'admin', then create the other users through POST"
                            + " /api/v1/users\"");
            return;
        }
        CurrentUser admin =
                users.create(USERNAME, password, Role.PROVINCE_OFFICER, RegionCode.of(region));
        audit.record(
                new AuditEntry(
                        "system",
                        "USER_CREATED",
                        "user",
                        Long.toString(admin.id()),
                        "role=PROVINCE_OFFICER region=" + admin.region() + " via=bootstrap"));
        log.info("users=bootstrap user_id={} region={}", admin.id(), admin.region());
    }
}
