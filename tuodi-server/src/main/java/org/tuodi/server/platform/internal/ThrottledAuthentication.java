package org.tuodi.server.platform.internal;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.LoginLockedException;

/**
 * The one authentication provider of the platform's users (HTTP Basic on the API, the sign-in form
 * of the web interface): a user name locked by {@link LoginThrottle} is refused with a {@link
 * LoginLockedException} before its password is looked at; otherwise Spring Security's {@link
 * DaoAuthenticationProvider} checks the password (Argon2id, older {@code {bcrypt}} hashes rehashed
 * on success through {@link UserAccounts}), a wrong password or unknown name counts towards the
 * lock, and a lock that starts is audited ({@code LOGIN_LOCKED}). Every refusal is also audited by
 * {@link LoginAudit} ({@code LOGIN_FAILED}, with the reason).
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottledAuthentication(
            UserAccounts accounts,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            AuditLog audit) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setUserDetailsPasswordService(accounts);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication)
            throws AuthenticationException {
        String name = authentication.getName();
        Optional<Duration> locked = throttle.lockedFor(name);
        if (locked.isPresent()) {
            // Spring publishes no failure event for this exception: audited here.
            String tried = LoginAudit.printable(name);
            audit.record(
                    new AuditEntry(
                            tried, "LOGIN_FAILED", "user", tried, "reason=LoginLockedException"));
            throw new LoginLockedException(locked.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException | AccountStatusException e) {
            // a disabled user counts like a wrong password, so that it answers like one
            throttle.failed(name).ifPresent(lock -> locked(name, lock));
            throw e;
        }
        throttle.succeeded(name);
        return result;
    }

    private void locked(String name, Duration lock) {
        String tried = LoginAudit.printable(name);
        log.info("login_locked seconds={}", lock.toSeconds());
        audit.record(
                new AuditEntry(
                        tried, "LOGIN_LOCKED", "user", tried, "seconds=" + lock.toSeconds()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
