package org.tuodi.server.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tuodi.core.event.Source;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.DepartmentPrincipal;
import org.tuodi.server.platform.DepartmentTokens;
import org.tuodi.server.platform.DepartmentTokens.Grant;
import org.tuodi.server.platform.internal.TokenRateLimiter;

/**
 * Authenticates department feeds by {@code Authorization: Bearer <token>} through the {@link
 * DepartmentTokens} bean (the ingest module's). A valid token makes the request's principal a
 * {@link DepartmentPrincipal} with the authority {@code ROLE_DEPARTMENT_FEED}; a missing, unknown
 * or revoked one is audited ({@code TOKEN_REJECTED} with the reason and, for a revoked one, its id;
 * never the token itself) and answered 401. A valid token over its request rate ({@link
 * TokenRateLimiter}) is answered 429 with {@code Retry-After}; the first refusal of each run of
 * refusals is audited ({@code TOKEN_THROTTLED}).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String PREFIX = "Bearer ";

    private final ObjectProvider<DepartmentTokens> tokens;
    private final AuditLog audit;
    private final AuthenticationEntryPoint entryPoint;
    private final TokenRateLimiter rates;
    private final ProblemResponses problems;
    private final SecurityContextHolderStrategy contexts =
            SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(
            ObjectProvider<DepartmentTokens> tokens,
            AuditLog audit,
            ProblemResponses problems,
            TokenRateLimiter rates) {
        this.tokens = tokens;
        this.audit = audit;
        this.problems = problems;
        this.entryPoint = problems.bearer();
        this.rates = rates;
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            rejected(request, "missing");
            chain.doFilter(request, response); // anonymous: the chain answers 401
            return;
        }
        Optional<Grant> grant = check(header.substring(PREFIX.length()).trim());
        if (grant.isEmpty() || grant.get().revoked()) {
            rejected(request, grant.isEmpty() ? "invalid" : "revoked token_id=" + grant.get().id());
            contexts.clearContext();
            entryPoint.commence(
                    request, response, new BadCredentialsException("invalid department token"));
            return;
        }
        Optional<Source> department = grant.map(Grant::department);
        TokenRateLimiter.Outcome rate =
                rates.take(grant.get().bucketKey(), grant.get().ratePerMinute());
        if (!rate.allowed()) {
            throttled(request, response, grant.get(), rate);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(
                        new DepartmentPrincipal(department.get()),
                        null,
                        List.of(new SimpleGrantedAuthority("ROLE_DEPARTMENT_FEED"))));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    private Optional<Grant> check(String token) {
        DepartmentTokens departmentTokens = tokens.getIfAvailable();
        if (departmentTokens == null || token.isEmpty()) {
            return Optional.empty();
        }
        return departmentTokens.check(token);
    }

    private void throttled(
            HttpServletRequest request,
            HttpServletResponse response,
            Grant grant,
            TokenRateLimiter.Outcome rate)
            throws IOException {
        long seconds = TokenRateLimiter.seconds(rate.retryAfter());
        if (rate.firstRefusal()) {
            log.info(
                    "department_token_throttled token_id={} department={}",
                    grant.id(),
                    grant.department());
            audit.record(
                    new AuditEntry(
                            new DepartmentPrincipal(grant.department()).actor(),
                            "TOKEN_THROTTLED",
                            "department_token",
                            Long.toString(grant.id()),
                            "path=" + request.getRequestURI() + " retry_after=" + seconds));
        }
        contexts.clearContext();
        problems.tooManyRequests(
                response,
                seconds,
                "This department token is over its rate of requests: send again in "
                        + seconds
                        + " seconds.");
    }

    private void rejected(HttpServletRequest request, String reason) {
        log.info("department_token_rejected reason={} path={}", reason, request.getRequestURI());
        audit.record(
                new AuditEntry(
                        "anonymous",
                        "TOKEN_REJECTED",
                        "api_path",
                        request.getRequestURI(),
                        "reason=" + reason + " method=" + request.getMethod()));
    }
}
