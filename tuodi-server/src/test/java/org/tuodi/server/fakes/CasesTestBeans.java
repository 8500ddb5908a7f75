package org.tuodi.server.fakes;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tuodi.core.event.Source;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.DepartmentTokens;

/**
 * The test doubles of the feeds and cases tests, imported explicitly. Security: {@code
 * /api/v1/events/**} takes a department bearer token (checked through the ingest module's {@code
 * DepartmentTokens}) and puts a {@link TestDepartmentPrincipal} in the context, as the platform's
 * security is assumed to; every other {@code /api/**} request needs a user, which tests give with
 * spring-security-test's {@code user(name)}, resolved to a {@link CurrentUser} by username.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestProblems.class)
public class CasesTestBeans {

    @Bean
    @Primary
    InMemoryHouseholdRegistry inMemoryHouseholdRegistry() {
        return new InMemoryHouseholdRegistry();
    }

    @Bean
    @Primary
    RecordingAuditLog recordingAuditLog() {
        return new RecordingAuditLog();
    }

    @Bean
    @Primary
    InMemoryUsers inMemoryUsers() {
        return new InMemoryUsers();
    }

    @Bean
    SecurityFilterChain casesTestSecurity(HttpSecurity http, DepartmentTokens tokens)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .exceptionHandling(
                        e ->
                                e.authenticationEntryPoint(
                                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .addFilterBefore(new BearerTokens(tokens), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    WebMvcConfigurer currentUserResolver(InMemoryUsers users) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(0, new CurrentUsers(users));
            }
        };
    }

    /** Department bearer tokens on the feed endpoints. */
    static final class BearerTokens extends OncePerRequestFilter {
        private final DepartmentTokens tokens;

        BearerTokens(DepartmentTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().startsWith("/api/v1/events");
        }

        @Override
        protected void doFilterInternal(
                HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.startsWith("Bearer ")) {
                Optional<Source> department = tokens.authenticate(header.substring(7).strip());
                if (department.isEmpty()) {
                    response.sendError(HttpStatus.UNAUTHORIZED.value());
                    return;
                }
                SecurityContextHolder.getContext()
                        .setAuthentication(
                                UsernamePasswordAuthenticationToken.authenticated(
                                        new TestDepartmentPrincipal(department.get()),
                                        null,
                                        List.of(
                                                new SimpleGrantedAuthority(
                                                        "ROLE_DEPARTMENT_FEED"))));
            }
            chain.doFilter(request, response);
        }
    }

    /** The signed-in user as a {@link CurrentUser}, found by username. */
    record CurrentUsers(InMemoryUsers users) implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == CurrentUser.class;
        }

        @Override
        public Object resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer mav,
                NativeWebRequest request,
                WebDataBinderFactory binders) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return users.findByUsername(auth == null ? "" : auth.getName())
                    .orElseThrow(() -> new AccessDeniedProblem("not a platform user"));
        }
    }
}
