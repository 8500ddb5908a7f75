package org.tuodi.server.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 登录锁定: failed sign-ins per user name, and the lock they earn. After {@code
 * tuodi.login.lockout.threshold} failures in a row (default 5) the name is locked for {@code
 * tuodi.login.lockout.base} (default one minute); every further failure once a lock has run out
 * locks it again for twice as long as the last time, up to {@code tuodi.login.lockout.max} (default
 * one hour). A successful sign-in clears the name; failures older than {@code
 * tuodi.login.lockout.forget-after} (default a day) are forgotten. A locked name is refused without
 * its password being checked, and whether the user exists makes no difference: names that exist and
 * names that do not are counted and locked alike.
 *
 * <p>Kept in memory (one server): a restart clears it. At most {@code MAX_NAMES} names are tracked;
 * past that, names that are not locked are dropped first.
 */
@Component
public class LoginThrottle {

    static final int MAX_NAMES = 50_000;

    private final Clock clock;
    private final int threshold;
    private final Duration base;
    private final Duration max;
    private final Duration forgetAfter;
    private final Map<String, Attempts> names = new ConcurrentHashMap<>();

    private record Attempts(int failures, int locks, Instant lockedUntil, Instant lastFailure) {}

    LoginThrottle(
            Clock clock,
            @Value("${tuodi.login.lockout.threshold:5}") int threshold,
            @Value("${tuodi.login.lockout.base:PT1M}") Duration base,
            @Value("${tuodi.login.lockout.max:PT1H}") Duration max,
            @Value("${tuodi.login.lockout.forget-after:P1D}") Duration forgetAfter) {
        if (threshold < 1 || base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException(
                    "tuodi.login.lockout: threshold from 1, base above zero, max at least base");
        }
        this.clock = clock;
        this.threshold = threshold;
        this.base = base;
        this.max = max;
        this.forgetAfter = forgetAfter;
    }

    /** How long the name stays locked, if it is locked now. */
    public Optional<Duration> lockedFor(String username) {
        Attempts attempts = names.get(key(username));
        Instant now = clock.instant();
        if (attempts == null
                || attempts.lockedUntil() == null
                || !now.isBefore(attempts.lockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, attempts.lockedUntil()));
    }

    /** Counts a failed sign-in; answers the lock it starts, if it starts one. */
    public Optional<Duration> failed(String username) {
        Instant now = clock.instant();
        if (names.size() >= MAX_NAMES) {
            names.values().removeIf(a -> a.lockedUntil() == null || !now.isBefore(a.lockedUntil()));
        }
        Duration[] started = new Duration[1];
        names.compute(
                key(username),
                (name, before) -> {
                    Attempts current =
                            before == null || now.isAfter(before.lastFailure().plus(forgetAfter))
                                    ? new Attempts(0, 0, null, now)
                                    : before;
                    if (current.lockedUntil() != null && now.isBefore(current.lockedUntil())) {
                        return current; // refused before its password was checked: not counted
                    }
                    int failures = current.failures() + 1;
                    if (failures < threshold) {
                        return new Attempts(failures, current.locks(), null, now);
                    }
                    started[0] = lockDuration(current.locks());
                    return new Attempts(failures, current.locks() + 1, now.plus(started[0]), now);
                });
        return Optional.ofNullable(started[0]);
    }

    /** A successful sign-in: the name starts afresh. */
    public void succeeded(String username) {
        names.remove(key(username));
    }

    private Duration lockDuration(int locksBefore) {
        Duration lock = base;
        for (int i = 0; i < locksBefore && lock.compareTo(max) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(max) > 0 ? max : lock;
    }

    private static String key(String username) {
        return username == null ? "" : username;
    }
}
