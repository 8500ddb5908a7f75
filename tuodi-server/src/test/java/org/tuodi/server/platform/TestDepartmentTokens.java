package org.tuodi.server.platform;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tuodi.core.event.Source;

/**
 * Test double of the ingest module's {@link DepartmentTokens}: two fixed tokens. It is
 * {@code @Primary}, so it wins over the real bean where both exist. Also a test-only endpoint under
 * {@code /api/v1/events} that answers with the {@link DepartmentPrincipal} of the request.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDepartmentTokens {

    public static final String MEDICAL_INSURANCE_TOKEN = "test-token-medical-insurance";
    public static final String HEALTH_TOKEN = "test-token-health";

    @Bean
    @Primary
    DepartmentTokens testDepartmentTokens() {
        Map<String, Source> tokens =
                Map.of(
                        MEDICAL_INSURANCE_TOKEN, Source.MEDICAL_INSURANCE,
                        HEALTH_TOKEN, Source.HEALTH);
        return new DepartmentTokens() {
            @Override
            public Optional<Source> authenticate(String rawToken) {
                return Optional.ofNullable(tokens.get(rawToken));
            }

            @Override
            public String issue(Source department, String label) {
                throw new UnsupportedOperationException("test tokens are fixed");
            }
        };
    }

    /**
     * {@code GET /api/v1/events/test-principal}: the department of the request's token. Registered
     * as a member class of this configuration, so only where it is imported.
     */
    @RestController
    static class PrincipalEcho {
        @GetMapping("/api/v1/events/test-principal")
        String department(@AuthenticationPrincipal DepartmentPrincipal sender) {
            return sender.department().name();
        }
    }
}
