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

/**
 * Authenticates department feeds by {@code Authorization: Bearer <token>} through the {@link
 * DepartmentTokens} bean (the ingest module's). A valid token makes the request's principal a
 * {@link DepartmentPrincipal} with the authority {@code ROLE_DEPARTMENT_FEED}; a missing or invalid
 * one is audited ({@code TOKEN_REJECTED}, never the token itself) and answered 401.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String PREFIX = "Bearer ";

    private final ObjectProvider<DepartmentTokens> tokens;
    private final AuditLog audit;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts =
            SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(
            ObjectProvider<DepartmentTokens> tokens,
            AuditLog audit,
            AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.audit = audit;
        this.entryPoint = entryPoint;
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
        Optional<Source> department = authenticate(header.substring(PREFIX.length()).trim());
        if (department.isEmpty()) {
            rejected(request, "invalid");
            contexts.clearContext();
            entryPoint.commence(
                    request, response, new BadCredentialsException("invalid department token"));
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

    private Optional<Source> authenticate(String token) {
        DepartmentTokens departmentTokens = tokens.getIfAvailable();
        if (departmentTokens == null || token.isEmpty()) {
            return Optional.empty();
        }
        return departmentTokens.authenticate(token);
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
