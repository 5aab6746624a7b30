package org.jointline.platform;

import java.util.Set;
import java.util.UUID;

/** Who is acting, and for which organisation. Passed explicitly into every service call. */
public record Actor(UUID personId, String username, String displayName, UUID organisationId, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdministrator() {
        return has(Role.ADMINISTRATOR);
    }

    public boolean actsFor(UUID organisation) {
        return organisationId.equals(organisation);
    }

    /** Refuses unless the actor holds one of the roles (administrators pass everywhere). */
    public void require(Role... anyOf) {
        if (isAdministrator()) {
            return;
        }
        for (Role role : anyOf) {
            if (has(role)) {
                return;
            }
        }
        throw new Forbidden();
    }
}
