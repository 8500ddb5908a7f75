package org.tuodi.server.platform;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only endpoint under {@code /api/v1/events}, {@code GET /api/v1/events/test-principal},
 * that answers with the department of the request's {@link DepartmentPrincipal}. Registered as a
 * member class of this configuration, so only where it is imported ({@link ServerIntegrationTest}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class PrincipalEcho {

    @RestController
    static class Endpoint {
        @GetMapping("/api/v1/events/test-principal")
        String department(@AuthenticationPrincipal DepartmentPrincipal sender) {
            return sender.department().name();
        }
    }
}
