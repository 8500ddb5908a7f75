package org.tuodi.server.platform;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused because its user name is locked after too many failed sign-ins ({@code
 * LoginThrottle}). It says how long the lock lasts, never whether the user exists.
 */
public class LoginLockedException extends LockedException {

    private static final long serialVersionUID = 1L;

    private final transient Duration remaining;

    public LoginLockedException(Duration remaining) {
        super("too many failed sign-ins with this user name");
        this.remaining = remaining;
    }

    /** How long the lock lasts from now. */
    public Duration remaining() {
        return remaining;
    }

    /** The seconds to wait, rounded up, for a Retry-After header. */
    public long retryAfterSeconds() {
        long seconds = remaining.toSeconds();
        return remaining.toNanosPart() > 0 || seconds == 0 ? seconds + 1 : seconds;
    }
}
