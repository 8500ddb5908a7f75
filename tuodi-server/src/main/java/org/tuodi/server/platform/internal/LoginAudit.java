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
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;

/**
 * Audits sign-ins. Every failed one is an entry ({@code LOGIN_FAILED}, actor the user name tried,
 * the reason: {@code BadCredentialsException}, {@code LoginLockedException}, ...). Every sign-in by
 * the web interface's form is a {@code LOGIN} entry ({@code method=form}). The API is stateless
 * HTTP Basic, so every request is a successful authentication: a {@code LOGIN} entry ({@code
 * method=basic}) is written for a user's first one and then at most once per {@code
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

    /** A sign-in by the form (only interactive sign-ins publish this event). */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PlatformUserDetails user) {
            lastLogin.put(user.getUsername(), clock.instant());
            audit.record(
                    new AuditEntry(
                            user.getUsername(),
                            "LOGIN",
                            "user",
                            Long.toString(user.currentUser().id()),
                            "method=form"));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof PlatformUserDetails user)
                || formSignIn()) {
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

    /** Whether the current request is the sign-in form's POST (audited by {@link #signedIn}). */
    private static boolean formSignIn() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                && "POST".equals(web.getRequest().getMethod())
                && "/login".equals(web.getRequest().getServletPath());
    }

    /** A user name as typed, without control characters and at most 64 characters long. */
    static String printable(String text) {
        String clean = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        clean = clean.length() > 64 ? clean.substring(0, 64) : clean;
        return clean.isEmpty() ? "(empty)" : clean;
    }
}
