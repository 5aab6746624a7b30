package org.jointline.compliance.web;

import java.util.List;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.Role;
import org.jointline.screening.HitStatus;
import org.jointline.screening.PartyState;
import org.jointline.screening.ScreeningManagement;
import org.jointline.screening.ScreeningState;
import org.springframework.stereotype.Component;

/** The parties held by the screening module, for the officer's queue: who, and the open hits with their scores. */
@Component
class ScreeningLink {

    /** A held party as the queue shows it. */
    record HeldParty(PartyState party, List<org.jointline.screening.ScreeningHit> openHits) {
    }

    private final ScreeningManagement screening;

    ScreeningLink(ScreeningManagement screening) {
        this.screening = screening;
    }

    List<HeldParty> held(Actor actor) {
        if (!actor.isAdministrator() && !actor.has(Role.COMPLIANCE_OFFICER) && !actor.has(Role.AUDITOR)) {
            return List.of();
        }
        return screening.queue(actor, ScreeningState.HELD, new PageQuery(0, 50, null)).items().stream()
                .map(p -> new HeldParty(p, p.hits().stream().filter(h -> h.status() == HitStatus.OPEN).toList()))
                .toList();
    }
}
