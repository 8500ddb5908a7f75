package org.tuodi.server.platform.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.tuodi.core.region.RegionCode;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;

class BootstrapAdminTests {

    JdbcUsers users = mock(JdbcUsers.class);
    AuditLog audit = mock(AuditLog.class);

    @Test
    void createsTheProvinceOfficerAdminWhenThePasswordIsSetAndThereIsNoUser() {
        when(users.count()).thenReturn(0L);
        when(users.create("admin", "demo-password", Role.PROVINCE_OFFICER, RegionCode.of("41")))
                .thenReturn(
                        new CurrentUser(1, "admin", Role.PROVINCE_OFFICER, RegionCode.of("41")));

        new BootstrapAdmin(users, audit, "demo-password", "41").run(null);

        verify(users).create("admin", "demo-password", Role.PROVINCE_OFFICER, RegionCode.of("41"));
        verify(audit).record(any());
    }

    @Test
    void createsNobodyWithoutThePassword() {
        when(users.count()).thenReturn(0L);

        new BootstrapAdmin(users, audit, "", "41").run(null);

        verify(users, never()).create(anyString(), anyString(), any(), any());
    }

    @Test
    void createsNobodyOnceThereAreUsers() {
        when(users.count()).thenReturn(3L);

        new BootstrapAdmin(users, audit, "demo-password", "41").run(null);

        verify(users, never()).create(anyString(), anyString(), any(), any());
    }
}
