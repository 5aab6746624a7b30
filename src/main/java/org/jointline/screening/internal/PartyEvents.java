package org.jointline.screening.internal;

import org.jointline.partners.OrganisationChanged;
import org.jointline.partners.OrganisationRegistered;
import org.jointline.partners.PersonChanged;
import org.jointline.partners.PersonRegistered;
import org.jointline.screening.PartyKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Every organisation and person is screened when registered, and again when its name (or an organisation's country) changes. */
@Component
class PartyEvents {

    private final Screening screening;

    PartyEvents(Screening screening) {
        this.screening = screening;
    }

    @ApplicationModuleListener
    void on(OrganisationRegistered event) {
        screening.screen(PartyKind.ORGANISATION, event.organisationId().value(), event.organisationId().value(),
                event.name(), event.country());
    }

    @ApplicationModuleListener
    void on(OrganisationChanged event) {
        screening.screen(PartyKind.ORGANISATION, event.organisationId().value(), event.organisationId().value(),
                event.name(), event.country());
    }

    @ApplicationModuleListener
    void on(PersonRegistered event) {
        screening.screen(PartyKind.PERSON, event.personId().value(), event.organisationId().value(),
                event.displayName(), null);
    }

    @ApplicationModuleListener
    void on(PersonChanged event) {
        screening.screen(PartyKind.PERSON, event.personId().value(), event.organisationId().value(),
                event.displayName(), null);
    }
}
