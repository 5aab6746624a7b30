package org.jointline.partners;

/** A new organisation: compliance screens it against the sanctions lists. */
public record OrganisationRegistered(OrganisationId organisationId, String name, String country, OrganisationKind kind) {
}
