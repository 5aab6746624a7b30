package org.jointline.partners;

public record Organisation(OrganisationId id, String name, OrganisationKind kind, String country,
                           String city, String registrationNumber, int version) {
}
