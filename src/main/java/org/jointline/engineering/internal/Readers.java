package org.jointline.engineering.internal;

import java.util.Set;
import java.util.UUID;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Whose engineering data an actor may read. Until sharing agreements exist: their own organisation's,
 * and a programme office also that of the organisations in its programmes. Administrators read all.
 * Changes are for the owner's design authorities (engineers).
 */
@Component
public class Readers {

    private final OrganisationManagement organisations;

    Readers(OrganisationManagement organisations) {
        this.organisations = organisations;
    }

    /** Owner organisations whose items the actor can see; {@code null} means all. */
    public UUID[] owners(Actor actor) {
        if (actor.isAdministrator()) {
            return null;
        }
        Set<OrganisationId> owners = actor.has(Role.PROGRAMME_OFFICE)
                ? organisations.partnersOf(new OrganisationId(actor.organisationId()))
                : Set.of(new OrganisationId(actor.organisationId()));
        return owners.stream().map(OrganisationId::value).toArray(UUID[]::new);
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
