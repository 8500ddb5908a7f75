package org.tuodi.server.platform.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;

/**
 * Looks platform users up for HTTP Basic and form sign-in. Being a {@link UserDetailsService} bean,
 * it also keeps Spring Boot from creating its default user with a generated password: there is no
 * default user. As the {@link UserDetailsPasswordService} it stores the new hash when a sign-in
 * finds a password hashed with an older algorithm ({@code {bcrypt}}): the password the user just
 * typed, hashed with Argon2id. The rehash is audited ({@code PASSWORD_REHASHED}).
 */
@Component
class UserAccounts implements UserDetailsService, UserDetailsPasswordService {

    private final JdbcUsers users;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    UserAccounts(JdbcUsers users, JdbcClient jdbc, AuditLog audit) {
        this.users = users;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.account(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        PlatformUserDetails account = (PlatformUserDetails) user;
        jdbc.sql("UPDATE platform_user SET password_hash = :hash WHERE id = :id")
                .param("hash", newPasswordHash)
                .param("id", account.currentUser().id())
                .update();
        String algorithm =
                newPasswordHash.startsWith("{") && newPasswordHash.indexOf('}') > 1
                        ? newPasswordHash.substring(1, newPasswordHash.indexOf('}'))
                        : "unknown";
        audit.record(
                new AuditEntry(
                        account.getUsername(),
                        "PASSWORD_REHASHED",
                        "user",
                        Long.toString(account.currentUser().id()),
                        "algorithm=" + algorithm));
        return new PlatformUserDetails(account.currentUser(), newPasswordHash, account.isEnabled());
    }
}
