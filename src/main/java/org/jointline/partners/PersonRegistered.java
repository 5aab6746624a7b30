package org.jointline.partners;

/** A new person: a possible recipient of technology, so compliance screens them. */
public record PersonRegistered(PersonId personId, OrganisationId organisationId, String displayName) {
}
