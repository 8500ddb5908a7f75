package org.tuodi.server.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one Spring context of the server's integration tests: the whole application with its real
 * beans (security, department tokens, registry, users, audit) on a temporary embedded PostgreSQL, a
 * key file of its own (created at start), the clock fixed at 2024-09-01 08:00 (China Standard
 * Time), the scheduled sweep off (tests call it), a server on a random port (for the browser
 * tests), MockMvc, the {@link CaseFixtures} to set up users, households, tokens, records and cases,
 * and a test-only endpoint {@code GET /api/v1/events/test-principal} ({@link PrincipalEcho}).
 *
 * <p>Every test class annotated with it, and nothing else, shares the same cached context and
 * database: do not add {@code @MockitoBean}, {@code @TestPropertySource} or other imports to a test
 * class (each variant starts another context, about 20 s). Tests use their own users, households
 * and persons; see docs/server.md, "Writing a server integration test".
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "tuodi.db.data-dir=",
            "tuodi.clock.fixed=" + ServerIntegrationTest.NOW,
            "tuodi.sweep.cron=-",
            ServerIntegrationTest.KEY_FILE,
            "tuodi.crypto.create-key-file=true",
            "logging.level.org.springframework.security=WARN"
        })
@AutoConfigureMockMvc
@Import({CaseFixtures.class, PrincipalEcho.class})
public @interface ServerIntegrationTest {

    /**
     * The tests' data keys: a key file of their own, created (0600) when the context starts, so
     * that a key rotation test can rewrite it.
     */
    String KEY_FILE = "tuodi.crypto.key-file=target/test-keys/keys-${random.uuid}.properties";

    /** The fixed clock of the tests. */
    String NOW = "2024-09-01T08:00:00+08:00";
}
