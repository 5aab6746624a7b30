package org.jointline.partners.internal;

import java.util.UUID;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.Role;

/** Who may change an organisation's records: administrators, or its own programme office. */
public final class Stewardship {

    private Stewardship() {
    }

    public static boolean mayManage(Actor actor, UUID organisation) {
        return actor.isAdministrator() || (actor.has(Role.PROGRAMME_OFFICE) && actor.actsFor(organisation));
    }

    public static void requireManage(Actor actor, UUID organisation) {
        if (!mayManage(actor, organisation)) {
            throw new Forbidden();
        }
    }
}
