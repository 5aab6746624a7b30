package org.jointline.partners;

public record MemberAdded(ProgrammeId programmeId, OrganisationId organisationId, MemberRole role) {
}
