package org.jointline.platform.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jointline.platform.Actor;
import org.jointline.platform.Role;

/** What security needs to know of a person who can log in. */
public record Account(UUID personId, String username, String displayName, UUID organisationId,
                      String passwordHash, boolean enabled, Instant lockedUntil, Set<Role> roles) {

    public Actor actor() {
        return new Actor(personId, username, displayName, organisationId, roles);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
