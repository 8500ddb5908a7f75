package org.tuodi.server.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.tuodi.server.platform.LoginLockedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Security's 401 and 403, written as problem+json like every other error. The 401 carries
 * the challenge of the chain: {@code Basic realm="tuodi"} for users, {@code Bearer} for department
 * feeds.
 */
@Component
class ProblemResponses implements AccessDeniedHandler {

    static final String BASIC_CHALLENGE = "Basic realm=\"tuodi\"";
    static final String BEARER_CHALLENGE = "Bearer realm=\"tuodi-events\"";
    static final String FORBIDDEN_DETAIL = "Your role or region does not allow this request.";
    static final String UNAUTHENTICATED_DETAIL =
            "Authentication is required: send the HTTP Basic credentials of a platform user.";

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /**
     * The entry point of the users' chain (HTTP Basic). A user name locked after too many failed
     * sign-ins is answered 423 with {@code Retry-After}; the answer is the same whether the user
     * exists or not.
     */
    AuthenticationEntryPoint basic() {
        return (request, response, e) -> {
            if (e instanceof LoginLockedException locked) {
                locked(response, locked);
                return;
            }
            unauthorized(
                    response,
                    BASIC_CHALLENGE,
                    e instanceof BadCredentialsException || e instanceof AccountStatusException
                            ? "The user name or password was not accepted."
                            : UNAUTHENTICATED_DETAIL);
        };
    }

    private void locked(HttpServletResponse response, LoginLockedException locked)
            throws IOException {
        long seconds = locked.retryAfterSeconds();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        write(
                response,
                Problems.of(
                        HttpStatus.LOCKED,
                        "Too many failed sign-ins with this user name: signing in with it is"
                                + " paused for "
                                + seconds
                                + " seconds."));
    }

    /** A department token over its request rate: 429 with {@code Retry-After}. */
    void tooManyRequests(HttpServletResponse response, long retryAfterSeconds, String detail)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, detail));
    }

    /** The entry point of the department feeds' chain (bearer tokens). */
    AuthenticationEntryPoint bearer() {
        return (request, response, e) ->
                unauthorized(
                        response,
                        BEARER_CHALLENGE + bearerError(e),
                        e instanceof BadCredentialsException
                                ? "The department token was not accepted."
                                : "A department token is required: send Authorization: Bearer"
                                        + " <token>. Only department tokens may send records.");
    }

    private static String bearerError(AuthenticationException e) {
        return e instanceof BadCredentialsException ? ", error=\"invalid_token\"" : "";
    }

    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, Problems.of(HttpStatus.FORBIDDEN, FORBIDDEN_DETAIL));
    }

    private void unauthorized(HttpServletResponse response, String challenge, String detail)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        write(response, Problems.of(HttpStatus.UNAUTHORIZED, detail));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(Problems.asMap(problem)));
    }
}
