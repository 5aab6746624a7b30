package org.jointline.production.internal;

import java.util.UUID;
import org.jointline.platform.Actor;
import org.jointline.platform.NotFound;

/**
 * Production records belong to the organisation that builds (the owner of the facility). Its people see them;
 * administrators see all. A customer sees its own units from completion on (checked where units are read).
 */
public final class Access {

    private Access() {
    }

    /** The organisation whose records the actor sees; {@code null} for administrators (all). */
    public static UUID scope(Actor actor) {
        return actor.isAdministrator() ? null : actor.organisationId();
    }

    public static boolean sees(Actor actor, UUID owner) {
        return actor.isAdministrator() || actor.actsFor(owner);
    }

    public static void requireSees(Actor actor, UUID owner, String what, Object id) {
        if (!sees(actor, owner)) {
            throw new NotFound(what, id);
        }
    }
}
