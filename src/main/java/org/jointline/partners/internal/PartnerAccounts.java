package org.jointline.partners.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jointline.platform.security.AccessTokens;
import org.jointline.platform.security.Account;
import org.jointline.platform.security.Accounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The people of partners as login accounts for the platform's security. */
@Component
class PartnerAccounts implements Accounts {

    private final People people;
    private final AccessTokenRows tokens;
    private final int threshold;
    private final Duration lockout;

    PartnerAccounts(People people, AccessTokenRows tokens,
                    @Value("${jointline.login.max-failures:5}") int threshold,
                    @Value("${jointline.login.lockout:PT15M}") Duration lockout) {
        this.people = people;
        this.tokens = tokens;
        this.threshold = threshold;
        this.lockout = lockout;
    }

    @Override
    public Optional<Account> byUsername(String username) {
        return people.account(username);
    }

    @Override
    @Transactional
    public Optional<Account> byAccessToken(String token) {
        if (!AccessTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return tokens.use(AccessTokens.hash(token)).flatMap(people::accountOf);
    }

    @Override
    public void loginFailed(String username) {
        people.loginFailed(username, threshold, Instant.now().plus(lockout));
    }

    @Override
    public void loginSucceeded(String username) {
        people.loginSucceeded(username);
    }
}
