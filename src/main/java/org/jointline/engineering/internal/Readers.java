package org.jointline.engineering.internal;

import java.util.Set;
import java.util.UUID;
import org.jointline.engineering.AccessDecision;
import org.jointline.engineering.KnowHowAccess;
import org.jointline.engineering.KnowHowAction;
import org.jointline.engineering.KnowHowTarget;
import org.jointline.engineering.Reach;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whose engineering data an actor may read and change. The owner organisation reads its own; everyone else
 * reads another organisation's items and documents only as the policy decision point ({@link KnowHowAccess},
 * implemented by sharing agreements) allows, and every such single read is decided and recorded there.
 * Without a decision point, only owners and administrators read. Changes are for the owner's design
 * authorities (engineers) and administrators.
 */
@Component
public class Readers {

    private final ObjectProvider<KnowHowAccess> access;

    Readers(ObjectProvider<KnowHowAccess> access) {
        this.access = access;
    }

    /**
     * Owner organisations whose engineering records (change orders, imports) the actor can see; {@code null}
     * means all. Sharing agreements share items and documents, not these.
     */
    public UUID[] owners(Actor actor) {
        return actor.isAdministrator() ? null : new UUID[] {actor.organisationId()};
    }

    /** Everything the actor may view, for lists, search, explosions and where-used (not recorded one by one). */
    public Reach reach(Actor actor) {
        if (actor.isAdministrator()) {
            return Reach.everything();
        }
        KnowHowAccess pdp = access.getIfAvailable();
        return pdp == null ? Reach.ownersOnly(Set.of(actor.organisationId())) : pdp.reach(actor);
    }

    /** Whether the actor may view the item or document: the owner always; anyone else as decided (and recorded). */
    public boolean mayView(Actor actor, KnowHowTarget target) {
        if (actor.actsFor(target.owner().value())) {
            return true;
        }
        KnowHowAccess pdp = access.getIfAvailable();
        return pdp == null ? actor.isAdministrator() : pdp.decide(actor, KnowHowAction.VIEW, target, null).permitted();
    }

    /** A download decision, recorded for everyone, the owner's own people included. */
    public AccessDecision download(Actor actor, KnowHowTarget target, String purpose) {
        KnowHowAccess pdp = access.getIfAvailable();
        if (pdp == null) {
            return actor.isAdministrator() || actor.actsFor(target.owner().value())
                    ? AccessDecision.permit("owner") : AccessDecision.deny("no-agreement");
        }
        return pdp.decide(actor, KnowHowAction.DOWNLOAD, target, purpose);
    }

    public boolean mayChange(Actor actor, OrganisationId owner) {
        return actor.isAdministrator() || (actor.has(Role.ENGINEER) && actor.actsFor(owner.value()));
    }

    public void requireChange(Actor actor, OrganisationId owner) {
        if (!mayChange(actor, owner)) {
            throw new Forbidden();
        }
    }
}
