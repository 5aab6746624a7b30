package org.jointline.platform.security;

import java.time.Instant;
import java.util.Collection;
import org.jointline.platform.Actor;
import org.jointline.platform.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in person as Spring Security sees them. */
public record ActorPrincipal(Account account) implements UserDetails, HasActor {

    @Override
    public Actor actor() {
        return account.actor();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(account);
    }

    static Collection<SimpleGrantedAuthority> authorities(Account account) {
        return account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !account.lockedAt(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
