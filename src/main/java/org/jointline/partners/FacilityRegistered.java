package org.jointline.partners;

public record FacilityRegistered(FacilityId facilityId, OrganisationId organisationId, String country) {
}
