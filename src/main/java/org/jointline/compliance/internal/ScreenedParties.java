package org.jointline.compliance.internal;

import java.util.UUID;
import org.jointline.partners.OrganisationId;
import org.jointline.screening.PartyScreening;
import org.springframework.stereotype.Component;

/** The screening module's answer, in the terms of the decision: held for review or a confirmed match. */
@Component
class ScreenedParties implements SanctionsCheck {

    private final PartyScreening screening;

    ScreenedParties(PartyScreening screening) {
        this.screening = screening;
    }

    @Override
    public SanctionsStanding state(UUID organisationId) {
        return switch (screening.state(new OrganisationId(organisationId)).state()) {
            case CLEAR -> SanctionsStanding.CLEAR;
            case HELD -> SanctionsStanding.HELD_FOR_REVIEW;
            case CONFIRMED -> SanctionsStanding.CONFIRMED_MATCH;
        };
    }
}
