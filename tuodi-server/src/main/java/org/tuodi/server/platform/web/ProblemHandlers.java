package org.tuodi.server.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.ConflictProblem;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.Masks;
import org.tuodi.server.platform.NotFoundProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every error of the REST API into RFC 9457 {@code application/problem+json} (see {@link
 * Problems}): the platform's problem exceptions (a refused batch with {@code errors: [{index,
 * field, reason}]}), bean validation ({@code errors: [{field, reason}]}), unreadable JSON (naming
 * the JSON path), wrong parameter types, and anything unexpected (500, logged with masked messages,
 * no detail). Longer than most classes: every error mapping of the API is kept in this one place.
 */
@RestControllerAdvice
class ProblemHandlers extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandlers.class);

    @ExceptionHandler(AccessDeniedProblem.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedProblem e) {
        log.info("access_denied reason=\"{}\"", Masks.identityNumbers(e.getMessage()));
        return respond(Problems.of(HttpStatus.FORBIDDEN, ProblemResponses.FORBIDDEN_DETAIL));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> securityAccessDenied(AccessDeniedException e) {
        return respond(Problems.of(HttpStatus.FORBIDDEN, ProblemResponses.FORBIDDEN_DETAIL));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, ProblemResponses.BASIC_CHALLENGE)
                .body(
                        Problems.of(
                                HttpStatus.UNAUTHORIZED, ProblemResponses.UNAUTHENTICATED_DETAIL));
    }

    @ExceptionHandler(NotFoundProblem.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundProblem e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(ConflictProblem.class)
    ResponseEntity<ProblemDetail> conflict(ConflictProblem e) {
        return respond(Problems.of(HttpStatus.CONFLICT, e.getMessage()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleVersion(OptimisticLockingFailureException e) {
        return respond(
                Problems.of(
                        HttpStatus.CONFLICT,
                        "The record was changed by someone else meanwhile; reload it and try"
                                + " again."));
    }

    @ExceptionHandler(InvalidInputProblem.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputProblem e) {
        if (!e.items().isEmpty()) {
            return respond(invalidItems(e.getMessage(), e.items()));
        }
        return respond(invalid(e.field(), e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, WebRequest request) {
        log.error("request_failed path={}", request.getDescription(false), masked(e));
        return respond(
                Problems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "An unexpected error occurred; it has been logged."));
    }

    /**
     * The exception chain for the log with every message masked (a database error may quote an
     * identity number), keeping the types and stack traces.
     */
    private static Throwable masked(Throwable e) {
        Throwable cause = e.getCause() == null || e.getCause() == e ? null : masked(e.getCause());
        RuntimeException copy =
                new RuntimeException(
                        e.getClass().getName() + ": " + Masks.identityNumbers(e.getMessage()),
                        cause);
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    /** A 400 problem naming one field and the reason. */
    static ProblemDetail invalid(String field, String reason) {
        String maskedReason = Masks.identityNumbers(reason);
        ProblemDetail problem =
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        field == null || field.isEmpty()
                                ? maskedReason
                                : field + ": " + maskedReason);
        problem.setProperty("field", field == null ? "" : field);
        problem.setProperty("reason", maskedReason);
        return problem;
    }

    /** A 400 problem for a batch: {@code errors: [{index, field, reason}]}, index only if known. */
    static ProblemDetail invalidItems(String detail, List<InvalidInputProblem.Item> items) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, detail);
        List<Map<String, Object>> errors = new ArrayList<>();
        for (InvalidInputProblem.Item item : items) {
            Map<String, Object> error = new LinkedHashMap<>();
            if (item.index() != null) {
                error.put("index", item.index());
            }
            error.put("field", item.field());
            error.put("reason", Masks.identityNumbers(item.reason()));
            errors.add(error);
        }
        problem.setProperty("errors", errors);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ObjectError error : e.getBindingResult().getAllErrors()) {
            String field = error instanceof FieldError f ? f.getField() : "";
            errors.add(error(field, error.getDefaultMessage()));
        }
        return invalidFields(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults()
                .forEach(
                        result ->
                                result.getResolvableErrors()
                                        .forEach(
                                                error ->
                                                        errors.add(
                                                                error(
                                                                        name(
                                                                                result
                                                                                        .getMethodParameter()),
                                                                        error
                                                                                .getDefaultMessage()))));
        return invalidFields(errors);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String field = e.getPropertyName() == null ? "" : e.getPropertyName();
        String type = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        return new ResponseEntity<>(invalid(field, "not a valid " + type), HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return new ResponseEntity<>(
                invalid(e.getParameterName(), "required parameter is missing"),
                HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return new ResponseEntity<>(
                invalid(e.getRequestPartName(), "required part is missing"),
                HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        JacksonException cause = jacksonCause(e);
        if (cause == null) {
            return new ResponseEntity<>(
                    invalid("", "the request body is missing or not readable"),
                    HttpStatus.BAD_REQUEST);
        }
        return new ResponseEntity<>(
                invalid(JsonPaths.of(cause), reason(cause)), HttpStatus.BAD_REQUEST);
    }

    /** Says what is wrong without echoing the value sent (it may be personal data). */
    private static String reason(JacksonException cause) {
        if (cause instanceof MismatchedInputException mismatch
                && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                return "not one of "
                        + java.util.Arrays.toString(target.getEnumConstants())
                                .replace("[", "")
                                .replace("]", "");
            }
            return "not a valid " + target.getSimpleName();
        }
        if (cause instanceof StreamReadException && cause.getLocation() != null) {
            return "malformed JSON at line "
                    + cause.getLocation().getLineNr()
                    + ", column "
                    + cause.getLocation().getColumnNr();
        }
        return "not valid here";
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            Problems.normalise(problem);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ResponseEntity<Object> invalidFields(List<Map<String, String>> errors) {
        ProblemDetail problem =
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        errors.size() == 1
                                ? errors.get(0).get("field") + ": " + errors.get(0).get("reason")
                                : errors.size() + " fields are invalid; see errors");
        problem.setProperty("errors", errors);
        return new ResponseEntity<>(problem, HttpStatus.BAD_REQUEST);
    }

    private static Map<String, String> error(String field, String reason) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("reason", Masks.identityNumbers(reason == null ? "invalid" : reason));
        return error;
    }

    /** The request's name for a parameter: the annotation's name, else the Java name. */
    private static String name(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        if (param != null && !param.value().isEmpty()) {
            return param.value();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.value().isEmpty()) {
            return path.value();
        }
        String javaName = parameter.getParameterName();
        return javaName == null ? "" : javaName;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
