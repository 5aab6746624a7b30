package org.jointline.partners;

/** A person's name changed: a possible recipient of technology under a new name, so compliance screens them again. */
public record PersonChanged(PersonId personId, OrganisationId organisationId, String displayName) {
}
