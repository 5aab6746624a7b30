package org.jointline.screening;

import org.jointline.partners.OrganisationId;
import org.jointline.partners.PersonId;

/**
 * The query other modules ask before goods or data move: is this party clear of the sanctions lists? A party
 * that was never screened is screened on the spot. These are system queries for decisions (they reveal only the
 * state and hits, never the party's other data); people see the same through {@link ScreeningManagement}.
 * Changes are announced with {@link PartyScreeningChanged}.
 */
public interface PartyScreening {

    PartyState state(OrganisationId organisation);

    PartyState state(PersonId person);
}
