package org.tuodi.server.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.tuodi.server.platform.Masks;

/**
 * RFC 9457 problem details as every Tuodi error is answered: {@code type} (a {@code
 * urn:tuodi:problem:<kind>} URI), {@code title}, {@code status} and {@code detail}, plus {@code
 * field}/{@code reason} or {@code errors} for invalid input. Details never carry an identity number
 * whole: they pass through {@link Masks}.
 */
final class Problems {

    static final String TYPE_PREFIX = "urn:tuodi:problem:";

    private Problems() {}

    static ProblemDetail of(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type(status));
        problem.setTitle(title(status));
        problem.setDetail(Masks.identityNumbers(detail));
        return problem;
    }

    /** Gives a problem made by Spring our type and title, and masks its detail. */
    static ProblemDetail normalise(ProblemDetail problem) {
        HttpStatusCode status = HttpStatusCode.valueOf(problem.getStatus());
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(type(status));
        }
        if (problem.getTitle() == null) {
            problem.setTitle(title(status));
        }
        problem.setDetail(Masks.identityNumbers(problem.getDetail()));
        return problem;
    }

    static URI type(HttpStatusCode status) {
        return URI.create(TYPE_PREFIX + kind(status));
    }

    static String kind(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "invalid-input";
            case 401 -> "unauthenticated";
            case 403 -> "access-denied";
            case 404 -> "not-found";
            case 409 -> "conflict";
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                yield known == null
                        ? "status-" + status.value()
                        : known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            }
        };
    }

    static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Error " + status.value() : known.getReasonPhrase();
    }

    /** The problem as a plain map, for writers outside Spring MVC (the security filters). */
    static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", problem.getType().toString());
        map.put("title", problem.getTitle());
        map.put("status", problem.getStatus());
        map.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            map.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            map.putAll(problem.getProperties());
        }
        return map;
    }
}
