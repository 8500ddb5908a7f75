package org.tuodi.server.platform.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Looks platform users up for HTTP Basic (and later form) login. Being a {@link UserDetailsService}
 * bean, it also keeps Spring Boot from creating its default user with a generated password: there
 * is no default user.
 */
@Component
class UserAccounts implements UserDetailsService {

    private final JdbcUsers users;

    UserAccounts(JdbcUsers users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.account(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
