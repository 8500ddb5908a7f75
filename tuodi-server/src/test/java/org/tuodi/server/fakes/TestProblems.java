package org.tuodi.server.fakes;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.ConflictProblem;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.NotFoundProblem;

/** The platform's problem+json answers, as its contracts describe them. */
@RestControllerAdvice
class TestProblems {

    @ExceptionHandler(AccessDeniedProblem.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedProblem e) {
        return answer(HttpStatus.FORBIDDEN, "access denied", null);
    }

    @ExceptionHandler(NotFoundProblem.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundProblem e) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(ConflictProblem.class)
    ResponseEntity<ProblemDetail> conflict(ConflictProblem e) {
        return answer(HttpStatus.CONFLICT, e.getMessage(), null);
    }

    @ExceptionHandler(InvalidInputProblem.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputProblem e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage(), e.field());
    }

    private static ResponseEntity<ProblemDetail> answer(
            HttpStatus status, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
