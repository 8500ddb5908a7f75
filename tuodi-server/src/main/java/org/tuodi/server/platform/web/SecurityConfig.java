package org.tuodi.server.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.DepartmentTokens;
import org.tuodi.server.platform.Role;

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

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain departmentFeeds(
            HttpSecurity http,
            ObjectProvider<DepartmentTokens> tokens,
            AuditLog audit,
            ProblemResponses problems) {
        if (tokens.getIfAvailable() == null) {
            log.warn("department_tokens=missing effect=\"every bearer token is rejected\"");
        }
        http.securityMatcher("/api/v1/events/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.DEPARTMENT_FEED.name()))
                .addFilterBefore(
                        new BearerTokenFilter(tokens, audit, problems.bearer()),
                        AnonymousAuthenticationFilter.class)
                .exceptionHandling(
                        e ->
                                e.authenticationEntryPoint(problems.bearer())
                                        .accessDeniedHandler(problems));
        return stateless(http).build();
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
        return stateless(http).build();
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
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler(problems));
        return http.build();
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
