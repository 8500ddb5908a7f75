package org.tuodi.server.platform.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionLevel;
import org.tuodi.server.platform.Access;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.Users;

/**
 * {@code POST /api/v1/users}: an officer creates a user within its own region, of its own level or
 * below (a county officer: county, town and village users, and auditors). Department feeds get
 * tokens, not users. Audited as {@code USER_CREATED}.
 */
@RestController
class UserApiController {

    private final Users users;
    private final AuditLog audit;

    UserApiController(Users users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    UserResponse create(CurrentUser creator, @Valid @RequestBody CreateUserRequest request) {
        Access.requireRole(creator, Access.OFFICERS, "create users");
        RegionCode region = region(request.regionCode());
        creator.requireCovers(region);
        checkRole(creator, request.role());
        CurrentUser created =
                users.create(request.username(), request.password(), request.role(), region);
        audit.record(
                new AuditEntry(
                        creator.username(),
                        "USER_CREATED",
                        "user",
                        Long.toString(created.id()),
                        "role=" + created.role() + " region=" + created.region()));
        return new UserResponse(created.id(), created.username(), created.role(), region.value());
    }

    private static void checkRole(CurrentUser creator, Role role) {
        if (role == Role.DEPARTMENT_FEED) {
            throw new InvalidInputProblem(
                    "role", "department feeds use tokens issued by the ingest module, not users");
        }
        RegionLevel own = creator.role().level();
        boolean allowed =
                role.level() == null
                        ? own.ordinal() <= RegionLevel.COUNTY.ordinal()
                        : role.level().ordinal() >= own.ordinal();
        if (!allowed) {
            throw new AccessDeniedProblem(
                    "a "
                            + creator.role()
                            + " may not create a "
                            + role
                            + " (user "
                            + creator.id()
                            + ")");
        }
    }

    private static RegionCode region(String code) {
        try {
            return RegionCode.of(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem("regionCode", e.getMessage());
        }
    }

    record CreateUserRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(min = 8, max = 200) String password,
            @NotNull Role role,
            @NotBlank String regionCode) {

        /** Never prints the password. */
        @Override
        public String toString() {
            return "CreateUserRequest[username=" + username + ", role=" + role + "]";
        }
    }

    record UserResponse(long id, String username, Role role, String regionCode) {}
}
