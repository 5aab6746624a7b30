package org.jointline.platform.security;

import org.jointline.platform.Actor;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * OpenID Connect login: the identity provider vouches for the person, Jointline's own account
 * (matched by a claim, {@code preferred_username} by default) says who they act for and in which roles.
 */
class ActorOidcUserService extends OidcUserService {

    private final Accounts accounts;
    private final String usernameClaim;

    ActorOidcUserService(Accounts accounts, String usernameClaim) {
        this.accounts = accounts;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        String username = user.getClaimAsString(usernameClaim);
        Account account = accounts.byUsername(username == null ? "" : username)
                .filter(Account::enabled)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unknown_user")));
        return new ActorOidcUser(user, account.actor(), account);
    }

    static final class ActorOidcUser extends DefaultOidcUser implements HasActor {

        private final transient Actor actor;

        ActorOidcUser(OidcUser user, Actor actor, Account account) {
            super(ActorPrincipal.authorities(account), user.getIdToken(), user.getUserInfo());
            this.actor = actor;
        }

        @Override
        public Actor actor() {
            return actor;
        }

        @Override
        public String getName() {
            return actor.username();
        }
    }
}
