package org.jointline.partners;

public record Facility(FacilityId id, OrganisationId organisationId, String organisationName, String code,
                       String name, String country, String city, String address, int version) {
}
