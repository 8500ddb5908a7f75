package org.tuodi.server.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.tuodi.core.event.Source;

class SendingDepartmentTests {

    public record DepartmentPrincipal(Source department) {}

    @Test
    void readsTheDepartmentOfAPrincipalRecord() {
        var auth =
                UsernamePasswordAuthenticationToken.authenticated(
                        new DepartmentPrincipal(Source.HEALTH), null, List.of());

        assertThat(SendingDepartment.of(auth)).contains(Source.HEALTH);
    }

    @Test
    void anOfficerSignedInWithAPasswordIsNoDepartment() {
        var auth = UsernamePasswordAuthenticationToken.authenticated("linying", null, List.of());

        assertThat(SendingDepartment.of(auth)).isEmpty();
        assertThat(SendingDepartment.of(null)).isEmpty();
    }
}
