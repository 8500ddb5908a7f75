package org.tuodi.server.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.tuodi.server.platform.Masks;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request Spring Security's firewall refuses before any chain (a path with {@code ;}, an encoded
 * {@code %}, {@code \}, {@code ..}, a NUL): 400 as problem+json like every other error, instead of
 * a bare status. The path is not echoed; the reason is logged (masked).
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    static final String DETAIL =
            "The request was rejected: its URL holds characters the server does not accept.";

    private final JsonMapper json;

    RejectedRequests(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        log.info("request_rejected reason=\"{}\"", Masks.identityNumbers(e.getMessage()));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream()
                .write(
                        json.writeValueAsBytes(
                                Problems.asMap(Problems.of(HttpStatus.BAD_REQUEST, DETAIL))));
    }
}
