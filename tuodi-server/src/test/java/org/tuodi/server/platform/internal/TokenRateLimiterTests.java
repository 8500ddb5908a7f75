package org.tuodi.server.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tuodi.server.platform.internal.LoginThrottleTests.MovingClock;

/** 令牌限流: a bucket of R requests a minute, refilled at one every 60/R seconds. */
class TokenRateLimiterTests {

    private final MovingClock clock = new MovingClock(Instant.parse("2024-09-01T00:00:00Z"));
    private final TokenRateLimiter limiter = new TokenRateLimiter(clock, 120);

    @Test
    void aFullBucketLetsAMinutesWorthThroughAtOnceThenRefuses() {
        for (int i = 0; i < 6; i++) {
            assertThat(limiter.take("a", 6).allowed()).isTrue();
        }

        TokenRateLimiter.Outcome refused = limiter.take("a", 6);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(refused.firstRefusal()).isTrue();
        assertThat(limiter.take("a", 6).firstRefusal()).isFalse();
    }

    @Test
    void theBucketRefillsAtTheRateAndNoFasterThanItHolds() {
        for (int i = 0; i < 6; i++) {
            limiter.take("b", 6);
        }
        clock.advance(Duration.ofSeconds(9));
        assertThat(limiter.take("b", 6).retryAfter()).isEqualTo(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.take("b", 6).allowed()).isTrue();
        assertThat(limiter.take("b", 6).allowed()).isFalse();

        clock.advance(Duration.ofHours(1));
        int passed = 0;
        while (limiter.take("b", 6).allowed()) {
            passed++;
        }
        assertThat(passed).isEqualTo(6);
    }

    @Test
    void aTokenWithoutItsOwnRateHasTheServersDefault() {
        int passed = 0;
        while (limiter.take("c", null).allowed()) {
            passed++;
        }
        assertThat(passed).isEqualTo(120);
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUp() {
        assertThat(TokenRateLimiter.seconds(Duration.ofMillis(200))).isEqualTo(1);
        assertThat(TokenRateLimiter.seconds(Duration.ofSeconds(30))).isEqualTo(30);
        assertThat(TokenRateLimiter.seconds(Duration.ofMillis(30_001))).isEqualTo(31);
    }
}
