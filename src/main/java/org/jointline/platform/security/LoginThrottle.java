package org.jointline.platform.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/** Counts failed logins per username; the account locks for a while after too many (see Accounts). */
class LoginThrottle {

    private final Accounts accounts;

    LoginThrottle(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.loginFailed(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof TokenAuthentication)) {
            accounts.loginSucceeded(event.getAuthentication().getName());
        }
    }
}
