package org.jointline.partners;

/** An organisation's membership of a programme. */
public record Member(ProgrammeId programmeId, OrganisationId organisationId, String organisationName,
                     OrganisationKind kind, String country, MemberRole role) {
}
