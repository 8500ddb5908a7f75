package org.tuodi.server.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** 登录锁定: five failures lock a user name for a minute, each lock after that twice as long. */
class LoginThrottleTests {

    private final MovingClock clock = new MovingClock(Instant.parse("2024-09-01T00:00:00Z"));
    private final LoginThrottle throttle =
            new LoginThrottle(
                    clock, 5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1));

    @Test
    void fourFailuresDoNotLockAndTheFifthLocksForAMinute() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("wang")).isEmpty();
            assertThat(throttle.lockedFor("wang")).isEmpty();
        }

        assertThat(throttle.failed("wang")).hasValue(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("wang")).hasValue(Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(45));
        assertThat(throttle.lockedFor("wang")).hasValue(Duration.ofSeconds(15));
        clock.advance(Duration.ofSeconds(15));
        assertThat(throttle.lockedFor("wang")).isEmpty();
    }

    @Test
    void eachFailureAfterALockRanOutLocksTwiceAsLongUpToAnHour() {
        fail("li", 5);
        Duration previous = Duration.ofMinutes(1);
        for (Duration expected :
                new Duration[] {
                    Duration.ofMinutes(2),
                    Duration.ofMinutes(4),
                    Duration.ofMinutes(8),
                    Duration.ofMinutes(16),
                    Duration.ofMinutes(32),
                    Duration.ofHours(1),
                    Duration.ofHours(1)
                }) {
            clock.advance(previous);
            assertThat(throttle.failed("li")).hasValue(expected);
            previous = expected;
        }
    }

    @Test
    void attemptsWhileLockedAreNotCountedAndDoNotLengthenTheLock() {
        fail("zhao", 5);
        clock.advance(Duration.ofSeconds(30));

        assertThat(throttle.failed("zhao")).isEmpty();
        assertThat(throttle.lockedFor("zhao")).hasValue(Duration.ofSeconds(30));
    }

    @Test
    void aSuccessfulSignInStartsTheCountAfresh() {
        fail("qian", 4);
        throttle.succeeded("qian");

        fail("qian", 4);
        assertThat(throttle.lockedFor("qian")).isEmpty();
    }

    @Test
    void failuresADayOldAreForgotten() {
        fail("sun", 4);
        clock.advance(Duration.ofDays(1).plusSeconds(1));

        assertThat(throttle.failed("sun")).isEmpty();
        assertThat(throttle.lockedFor("sun")).isEmpty();
    }

    @Test
    void eachUserNameHasItsOwnCount() {
        fail("zhou", 5);

        assertThat(throttle.lockedFor("zhou")).isPresent();
        assertThat(throttle.lockedFor("wu")).isEmpty();
    }

    private void fail(String name, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name);
        }
    }

    /** A clock the test moves by hand. */
    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
