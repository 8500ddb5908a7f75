package org.tuodi.server.platform.ui;

import java.util.Objects;
import java.util.Set;
import org.tuodi.server.platform.Role;

/**
 * 导航项: one entry of the navigation bar. Each module that has pages declares its entries as beans
 * ({@code @Bean NavItem}); the layout shows those whose roles include the user's, ordered by {@code
 * order}, and marks the one whose path starts the request's path.
 *
 * @param messageKey the label's message key ({@code nav.cases})
 * @param path the page, starting with {@code /}
 * @param roles who sees the entry
 * @param order the position, smaller first
 */
public record NavItem(String messageKey, String path, Set<Role> roles, int order) {

    public NavItem {
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(path, "path");
        roles = Set.copyOf(roles);
    }
}
