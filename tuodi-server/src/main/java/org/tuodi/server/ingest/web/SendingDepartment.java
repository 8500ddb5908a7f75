package org.tuodi.server.ingest.web;

import java.lang.reflect.RecordComponent;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.tuodi.core.event.Source;

/**
 * The department a feed request was authenticated as. The platform's bearer-token security puts a
 * principal with a {@code department()} accessor returning a {@link Source} (its {@code
 * DepartmentPrincipal} record) into the security context; this adapter reads it without depending
 * on that type, so the two modules could be built side by side. A {@link Source} principal is taken
 * as it is. Anything else (an officer signed in with a password) is no department.
 */
final class SendingDepartment {

    private SendingDepartment() {}

    static Optional<Source> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof Source source) {
            return Optional.of(source);
        }
        if (principal != null && principal.getClass().isRecord()) {
            for (RecordComponent component : principal.getClass().getRecordComponents()) {
                if (component.getName().equals("department")
                        && component.getType() == Source.class) {
                    try {
                        return Optional.of((Source) component.getAccessor().invoke(principal));
                    } catch (ReflectiveOperationException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }
}
