package org.tuodi.server.platform.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.ConflictProblem;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.Masks;
import org.tuodi.server.platform.NotFoundProblem;

/**
 * Errors of the pages ({@link PageController}s) answered as a page in the user's language, with the
 * same statuses as the API: 400 naming the field, 403 without saying why, 404, 409 (someone changed
 * the case meanwhile: reload). The REST API keeps its problem+json ({@code ProblemHandlers}).
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final LayoutModel layout;

    PageErrors(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(InvalidInputProblem.class)
    ModelAndView invalid(InvalidInputProblem e, HttpServletRequest request) {
        ModelAndView page = page(HttpStatus.BAD_REQUEST, "error.invalid", request);
        page.addObject("field", e.field());
        page.addObject("reason", Masks.identityNumbers(e.getMessage()));
        return page;
    }

    @ExceptionHandler(AccessDeniedProblem.class)
    ModelAndView denied(AccessDeniedProblem e, HttpServletRequest request) {
        log.info("page_access_denied reason=\"{}\"", Masks.identityNumbers(e.getMessage()));
        return page(HttpStatus.FORBIDDEN, "error.forbidden", request);
    }

    @ExceptionHandler(NotFoundProblem.class)
    ModelAndView notFound(NotFoundProblem e, HttpServletRequest request) {
        return page(HttpStatus.NOT_FOUND, "error.notFound", request);
    }

    @ExceptionHandler(ConflictProblem.class)
    ModelAndView conflict(ConflictProblem e, HttpServletRequest request) {
        return page(HttpStatus.CONFLICT, "error.conflict", request);
    }

    private ModelAndView page(HttpStatus status, String messageKey, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("platform/error", status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        layout.addTo(page, request);
        return page;
    }
}
