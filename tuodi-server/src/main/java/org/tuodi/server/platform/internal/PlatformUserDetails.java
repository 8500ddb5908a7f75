package org.tuodi.server.platform.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.tuodi.server.platform.CurrentUser;

/**
 * A platform user as Spring Security holds it after authentication: the {@link CurrentUser} the
 * modules see, its single authority {@code ROLE_<ROLE>}, and the password hash until the
 * credentials are erased.
 */
public final class PlatformUserDetails implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private final boolean enabled;
    private String passwordHash;

    PlatformUserDetails(CurrentUser user, String passwordHash, boolean enabled) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "PlatformUserDetails[id=" + user.id() + ", role=" + user.role() + "]";
    }
}
