package org.tuodi.server.platform;

import java.security.Principal;
import java.util.Objects;
import org.tuodi.core.event.Source;

/**
 * 部门数据接口身份: who sent a request under {@code /api/v1/events}, as established from its department
 * token ({@code Authorization: Bearer <token>}, checked by {@link DepartmentTokens}). Controllers
 * there take it with {@code @AuthenticationPrincipal DepartmentPrincipal sender}; the request has
 * the single authority {@code ROLE_DEPARTMENT_FEED}.
 */
public record DepartmentPrincipal(Source department) implements Principal {

    public DepartmentPrincipal {
        Objects.requireNonNull(department, "department");
    }

    /** The actor of audit entries made on this department's behalf: {@code department:HEALTH}. */
    public String actor() {
        return "department:" + department.name();
    }

    @Override
    public String getName() {
        return actor();
    }
}
