package org.tuodi.server.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 时钟: the one clock of the server, in China Standard Time. Code asks this bean for the time, never
 * {@code now()}; tests and demos fix it with {@code tuodi.clock.fixed} (an ISO offset date time
 * such as {@code 2024-09-01T08:00:00+08:00}).
 */
@Configuration(proxyBeanMethods = false)
class Clocks {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock(@Value("${tuodi.clock.fixed:}") String fixed) {
        if (fixed.isBlank()) {
            return Clock.system(CHINA);
        }
        return Clock.fixed(OffsetDateTime.parse(fixed).toInstant(), CHINA);
    }
}
