package org.jointline.partners;

/** An organisation's name or country changed: compliance screens it again. */
public record OrganisationChanged(OrganisationId organisationId, String name, String country) {
}
