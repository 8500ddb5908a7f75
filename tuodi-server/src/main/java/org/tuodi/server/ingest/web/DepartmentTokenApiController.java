package org.tuodi.server.ingest.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tuodi.core.event.Source;
import org.tuodi.server.ingest.internal.JdbcDepartmentTokens;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.platform.Role;

/**
 * 部门令牌管理: province officers issue a department's token (its clear text is in this answer and
 * nowhere else), list tokens and revoke them.
 */
@RestController
@RequestMapping("/api/v1/admin/department-tokens")
class DepartmentTokenApiController {

    private final JdbcDepartmentTokens tokens;

    DepartmentTokenApiController(JdbcDepartmentTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * @param ratePerMinute the token's own request rate (1 to 100000 a minute); absent for the
     *     server's {@code tuodi.tokens.rate-per-minute}
     */
    record IssueRequest(String department, String label, Integer ratePerMinute) {}

    @PostMapping
    ResponseEntity<JdbcDepartmentTokens.IssuedToken> issue(
            CurrentUser user, @RequestBody IssueRequest request) {
        requireProvince(user);
        Source department = department(request.department());
        if (request.label() == null
                || request.label().isBlank()
                || request.label().length() > 100) {
            throw new InvalidInputProblem("label", "a label of 1 to 100 characters is required");
        }
        Integer rate = request.ratePerMinute();
        if (rate != null && (rate < 1 || rate > JdbcDepartmentTokens.MAX_RATE_PER_MINUTE)) {
            throw new InvalidInputProblem(
                    "ratePerMinute",
                    "1 to " + JdbcDepartmentTokens.MAX_RATE_PER_MINUTE + " requests a minute");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(tokens.issue(department, request.label(), rate, user.username()));
    }

    @GetMapping
    List<JdbcDepartmentTokens.TokenView> list(CurrentUser user) {
        requireProvince(user);
        return tokens.list();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(CurrentUser user, @PathVariable("id") long id) {
        requireProvince(user);
        if (!tokens.revoke(id, user.username())) {
            throw new NotFoundProblem("active department token", id);
        }
        return ResponseEntity.noContent().build();
    }

    private static void requireProvince(CurrentUser user) {
        if (user.role() != Role.PROVINCE_OFFICER) {
            throw new AccessDeniedProblem("department tokens are managed by province officers");
        }
    }

    private static Source department(String code) {
        for (Source source : Source.values()) {
            if (source.name().equals(code)) {
                return source;
            }
        }
        throw new InvalidInputProblem("department", "unknown department '" + code + "'");
    }
}
