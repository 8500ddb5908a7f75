package org.tuodi.server.platform.web;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.DepartmentTokens;
import org.tuodi.server.platform.LoginLockedException;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.internal.TokenRateLimiter;

/**
 * Who may call what, in three filter chains:
 *
 * <ol>
 *   <li>{@code /api/v1/events/**}: department feeds only, by bearer token ({@link
 *       BearerTokenFilter}); HTTP Basic is not even read there, so users cannot send records.
 *   <li>{@code /api/**}: platform users by HTTP Basic, any role but {@code DEPARTMENT_FEED}; a
 *       department token is not read there, so feeds reach nothing else. Stateless, no CSRF (no
 *       cookie is ever set, so there is nothing to forge).
 *   <li>everything else, the web interface: the sign-in page, static files, the OpenAPI document,
 *       Swagger UI and the health check are public; other pages need a user signed in by the form
 *       at {@code /login} (a session cookie, CSRF tokens on every form and htmx request, the
 *       session id changed at sign-in); {@code POST /logout} signs out.
 * </ol>
 *
 * Region and role checks of each request are made by the modules on the {@code CurrentUser}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);
    private static final String ARGON2 = "argon2";

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
                    + " frame-ancestors 'none'; form-action 'self'";
    static final String PERMISSIONS_POLICY = "camera=(self)";

    /**
     * Argon2id for new passwords ({@code {argon2}...}); the platform's earlier {@code {bcrypt}}
     * hashes are still read, and replaced by an Argon2id hash at the user's next successful sign-in
     * (no other algorithm, and never {@code {noop}}, is accepted) ({@code UserAccounts} is the
     * {@code UserDetailsPasswordService}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(ARGON2, encoders);
        encoder.setDefaultPasswordEncoderForMatches(new RefuseEveryPassword());
        return encoder;
    }

    /** What a hash of any other algorithm ({@code {noop}}, {@code {sha256}}, none) meets. */
    private static final class RefuseEveryPassword implements PasswordEncoder {
        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("passwords are hashed with Argon2id");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return false;
        }
    }

    @Bean
    @Order(1)
    SecurityFilterChain departmentFeeds(
            HttpSecurity http,
            ObjectProvider<DepartmentTokens> tokens,
            AuditLog audit,
            ProblemResponses problems,
            TokenRateLimiter rates) {
        if (tokens.getIfAvailable() == null) {
            log.warn("department_tokens=missing effect=\"every bearer token is rejected\"");
        }
        http.securityMatcher("/api/v1/events/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.DEPARTMENT_FEED.name()))
                .addFilterBefore(
                        new BearerTokenFilter(tokens, audit, problems, rates),
                        AnonymousAuthenticationFilter.class)
                .exceptionHandling(
                        e ->
                                e.authenticationEntryPoint(problems.bearer())
                                        .accessDeniedHandler(problems));
        return headers(stateless(http)).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(userRoles()))
                .httpBasic(b -> b.realmName("tuodi").authenticationEntryPoint(problems.basic()))
                .exceptionHandling(
                        e ->
                                e.authenticationEntryPoint(problems.basic())
                                        .accessDeniedHandler(problems));
        return headers(stateless(http)).build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http, ProblemResponses problems) {
        http.authorizeHttpRequests(
                        a ->
                                a.requestMatchers(
                                                "/v3/api-docs",
                                                "/v3/api-docs/**",
                                                "/v3/api-docs.yaml",
                                                "/swagger-ui.html",
                                                "/swagger-ui/**",
                                                "/actuator/health",
                                                "/actuator/health/**",
                                                "/error",
                                                "/login",
                                                "/webjars/**",
                                                "/css/**",
                                                "/js/**",
                                                "/favicon.ico")
                                        .permitAll()
                                        .anyRequest()
                                        .hasAnyRole(userRoles()))
                .formLogin(
                        f ->
                                f.loginPage("/login")
                                        .defaultSuccessUrl("/", true)
                                        .failureHandler(signInFailures()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler(problems));
        return headers(http).build();
    }

    /**
     * A refused sign-in shows the form again: {@code ?locked} for a locked name, else {@code
     * ?error}.
     */
    private static AuthenticationFailureHandler signInFailures() {
        ExceptionMappingAuthenticationFailureHandler failures =
                new ExceptionMappingAuthenticationFailureHandler();
        failures.setExceptionMappings(
                Map.of(LoginLockedException.class.getName(), "/login?locked"));
        failures.setDefaultFailureUrl("/login?error");
        return failures;
    }

    /**
     * The security headers of every answer, pages, API and errors alike: a content security policy
     * without inline script, HSTS (a year, subdomains; sent on plain HTTP too, where browsers
     * ignore it, since TLS usually ends at a proxy in front), no MIME sniffing, no framing, no
     * referrer, the camera for this origin only (visit photos).
     */
    static HttpSecurity headers(HttpSecurity http) {
        return http.headers(
                h ->
                        h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                                .httpStrictTransportSecurity(
                                        hsts ->
                                                hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                                                        .maxAgeInSeconds(31_536_000)
                                                        .includeSubDomains(true))
                                .contentTypeOptions(Customizer.withDefaults())
                                .frameOptions(f -> f.deny())
                                .referrerPolicy(
                                        r ->
                                                r.policy(
                                                        ReferrerPolicyHeaderWriter.ReferrerPolicy
                                                                .NO_REFERRER))
                                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY)));
    }

    private static HttpSecurity stateless(HttpSecurity http) {
        return http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .anonymous(Customizer.withDefaults());
    }

    private static String[] userRoles() {
        return java.util.Arrays.stream(Role.values())
                .filter(role -> role != Role.DEPARTMENT_FEED)
                .map(Role::name)
                .toArray(String[]::new);
    }
}
