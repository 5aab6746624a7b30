package org.jointline.partners;

import jakarta.validation.constraints.NotNull;

public record MembershipDetails(@NotNull OrganisationId organisationId, @NotNull MemberRole role) {
}
