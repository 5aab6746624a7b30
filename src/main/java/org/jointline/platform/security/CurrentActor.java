package org.jointline.platform.security;

import java.util.Optional;
import org.jointline.platform.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HasActor principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }
}
