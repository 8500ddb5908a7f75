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
 * The one Spring context of the server's integration tests: the whole application on a temporary
 * embedded PostgreSQL, the clock fixed at 2024-09-01 08:00 (China Standard Time), MockMvc, and the
 * fake department tokens of {@link TestDepartmentTokens}. Every test class annotated with it shares
 * the same cached context (and database), so tests use their own users, households and persons.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        properties = {
            "tuodi.db.data-dir=",
            "tuodi.clock.fixed=" + ServerIntegrationTest.NOW,
            "logging.level.org.springframework.security=WARN"
        })
@AutoConfigureMockMvc
@Import(TestDepartmentTokens.class)
public @interface ServerIntegrationTest {

    /** The fixed clock of the tests. */
    String NOW = "2024-09-01T08:00:00+08:00";
}
