package org.jointline.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** HTTP Basic with a personal access token in place of the password, for scripts. */
class TokenBasicAuthenticationProvider implements AuthenticationProvider {

    private final Accounts accounts;

    TokenBasicAuthenticationProvider(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String secret = String.valueOf(authentication.getCredentials());
        if (!AccessTokens.looksLikeToken(secret)) {
            return null;
        }
        Account account = accounts.byAccessToken(secret)
                .filter(a -> a.username().equals(authentication.getName()))
                .orElseThrow(() -> new BadCredentialsException("bad token"));
        if (!account.enabled()) {
            throw new DisabledException("disabled");
        }
        return new TokenAuthentication(new ActorPrincipal(account));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
