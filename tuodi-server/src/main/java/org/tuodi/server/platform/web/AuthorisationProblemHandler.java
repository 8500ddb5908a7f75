package org.tuodi.server.platform.web;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tuodi.server.platform.AuthorisationRequiredProblem;

/**
 * Answers {@link AuthorisationRequiredProblem} as 403 problem+json with its own type and a detail
 * that names the missing 授权书 (kept apart from {@link ProblemHandlers}, ahead of it).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuthorisationProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(AuthorisationProblemHandler.class);

    @ExceptionHandler(AuthorisationRequiredProblem.class)
    ResponseEntity<ProblemDetail> authorisationRequired(AuthorisationRequiredProblem e) {
        log.info(
                "access_denied reason=authorisation_required household={} scope={}",
                e.household(),
                e.scope());
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setType(URI.create(Problems.TYPE_PREFIX + "authorisation-required"));
        problem.setTitle("Authorisation required");
        problem.setProperty("household", e.household());
        problem.setProperty("scope", e.scope());
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
