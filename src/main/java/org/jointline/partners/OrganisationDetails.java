package org.jointline.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jointline.platform.validation.CountryCode;

public record OrganisationDetails(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationKind kind,
        @NotBlank @CountryCode String country,
        @Size(max = 100) String city,
        @Size(max = 50) String registrationNumber,
        Integer version) {
}
