package org.jointline.supply.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityId;
import org.jointline.partners.FacilityManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.NotFound;
import org.jointline.platform.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who may see and change stock at a facility. Stock follows the facility, not the item's owner: the facility's
 * own people see it; partners' programme office, planners, compliance officers and auditors read it. Changes are
 * for the facility's own buyers, operators, inspectors and (at a customer's facility) acceptance officers.
 */
@Component
public class Access {

    private static final Set<Role> PARTNER_READERS = EnumSet.of(Role.PROGRAMME_OFFICE, Role.PLANNER,
            Role.COMPLIANCE_OFFICER, Role.AUDITOR);
    private static final Set<Role> HANDLERS = EnumSet.of(Role.BUYER, Role.OPERATOR, Role.INSPECTOR,
            Role.CUSTOMER_ACCEPTANCE);

    private final FacilityManagement facilities;

    Access(FacilityManagement facilities) {
        this.facilities = facilities;
    }

    public Facility see(Actor actor, FacilityId id) {
        Map<FacilityId, Facility> cached = cached(actor);
        Facility facility = cached != null && cached.containsKey(id) ? cached.get(id) : facilities.get(actor, id);
        if (!maySee(actor, facility)) {
            throw new NotFound("facility", id);
        }
        return facility;
    }

    public Facility handle(Actor actor, FacilityId id) {
        Facility facility = see(actor, id);
        if (!mayHandle(actor, facility)) {
            throw new Forbidden();
        }
        return facility;
    }

    public boolean maySee(Actor actor, Facility facility) {
        return actor.isAdministrator() || actor.actsFor(facility.organisationId().value())
                || actor.roles().stream().anyMatch(PARTNER_READERS::contains);
    }

    public boolean mayHandle(Actor actor, Facility facility) {
        return actor.isAdministrator() || (actor.actsFor(facility.organisationId().value())
                && actor.roles().stream().anyMatch(HANDLERS::contains));
    }

    /** Every facility whose stock the actor may see. */
    public Map<FacilityId, Facility> visible(Actor actor) {
        Map<FacilityId, Facility> visible = new LinkedHashMap<>();
        known(actor).values().stream().filter(f -> maySee(actor, f)).forEach(f -> visible.put(f.id(), f));
        return visible;
    }

    /** Every facility the actor knows of (their programmes' facilities), stock visible or not: destinations. */
    public Map<FacilityId, Facility> known(Actor actor) {
        Map<FacilityId, Facility> cached = cached(actor);
        if (cached != null) {
            return cached;
        }
        Map<FacilityId, Facility> known = new LinkedHashMap<>();
        facilities.all(actor).forEach(f -> known.put(f.id(), f));
        remember(actor, known);
        return known;
    }

    /**
     * The facilities an actor knows do not change within a transaction: production's scans and completions call
     * stock several times per request, each of which used to page through them again.
     */
    @SuppressWarnings("unchecked")
    private static Map<FacilityId, Facility> cached(Actor actor) {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? (Map<FacilityId, Facility>) TransactionSynchronizationManager.getResource(new Known(actor)) : null;
    }

    private static void remember(Actor actor, Map<FacilityId, Facility> known) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Known key = new Known(actor);
        TransactionSynchronizationManager.bindResource(key, java.util.Collections.unmodifiableMap(known));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
    }

    /** The key of an actor's known facilities in the current transaction. */
    private record Known(Actor actor) {
    }

    /** A facility the actor knows of, stock visible or not. */
    public Facility facility(Actor actor, FacilityId id) {
        return facilities.get(actor, id);
    }

    /** Facilities where the actor may change stock. */
    public Map<FacilityId, Facility> handled(Actor actor) {
        Map<FacilityId, Facility> handled = new LinkedHashMap<>();
        visible(actor).values().stream().filter(f -> mayHandle(actor, f)).forEach(f -> handled.put(f.id(), f));
        return handled;
    }
}
