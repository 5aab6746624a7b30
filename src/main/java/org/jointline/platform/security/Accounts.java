package org.jointline.platform.security;

import java.util.Optional;

/**
 * The accounts people log in with. Implemented by the module that manages people
 * (partners), so that security depends on an interface, not on that module.
 */
public interface Accounts {

    Optional<Account> byUsername(String username);

    /** The account behind a personal access token, if the token is known, not revoked and not expired. */
    Optional<Account> byAccessToken(String token);

    void loginFailed(String username);

    void loginSucceeded(String username);
}
