package org.jointline;

import org.jointline.platform.security.ActorPrincipal;
import org.jointline.platform.security.Accounts;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Acts as a real person of the database in MockMvc requests, without hashing passwords each time. */
public final class TestActors {

    private TestActors() {
    }

    public static RequestPostProcessor as(Accounts accounts, String username) {
        return user(new ActorPrincipal(accounts.byUsername(username).orElseThrow(
                () -> new IllegalArgumentException("no such test user " + username))));
    }
}
