package org.jointline.production;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jointline.engineering.ItemId;
import org.jointline.partners.OrganisationId;

/** What a customer requires of an end item. */
public record RequirementDetails(@NotNull OrganisationId customerId, @NotNull ItemId itemId, @NotBlank @Size(max = 120) String basis) {
}
