package org.tuodi.server.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;

/**
 * Audits sign-ins. Every failed one is an entry ({@code LOGIN_FAILED}, actor the user name tried).
 * The API is stateless HTTP Basic, so every request is a successful authentication: a {@code LOGIN}
 * entry is written for a user's first one and then at most once per {@code
 * tuodi.audit.login-interval} (default one hour), or the trail would be mostly logins.
 */
@Component
class LoginAudit {

    private static final Logger log = LoggerFactory.getLogger(LoginAudit.class);

    private final AuditLog audit;
    private final Clock clock;
    private final Duration interval;
    private final Map<String, Instant> lastLogin = new ConcurrentHashMap<>();

    LoginAudit(
            AuditLog audit,
            Clock clock,
            @Value("${tuodi.audit.login-interval:PT1H}") Duration interval) {
        this.audit = audit;
        this.clock = clock;
        this.interval = interval;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof PlatformUserDetails user)) {
            return;
        }
        String username = user.getUsername();
        Instant now = clock.instant();
        Instant last = lastLogin.get(username);
        if (last != null && now.isBefore(last.plus(interval)) && !now.isBefore(last)) {
            return;
        }
        lastLogin.put(username, now);
        audit.record(
                new AuditEntry(
                        username,
                        "LOGIN",
                        "user",
                        Long.toString(user.currentUser().id()),
                        "method=basic"));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String tried = printable(event.getAuthentication().getName());
        String reason = event.getException().getClass().getSimpleName();
        log.info("login_failed reason={}", reason);
        audit.record(new AuditEntry(tried, "LOGIN_FAILED", "user", tried, "reason=" + reason));
    }

    /** A user name as typed, without control characters and at most 64 characters long. */
    private static String printable(String text) {
        String clean = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        clean = clean.length() > 64 ? clean.substring(0, 64) : clean;
        return clean.isEmpty() ? "(empty)" : clean;
    }
}
