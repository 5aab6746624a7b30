package org.jointline.platform.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An authentication made from a personal access token. */
final class TokenAuthentication extends AbstractAuthenticationToken {

    private final ActorPrincipal principal;

    TokenAuthentication(ActorPrincipal principal) {
        super(principal.getAuthorities());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public ActorPrincipal getPrincipal() {
        return principal;
    }
}
