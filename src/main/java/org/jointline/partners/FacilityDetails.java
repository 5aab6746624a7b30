package org.jointline.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jointline.platform.validation.CountryCode;

public record FacilityDetails(
        @NotNull OrganisationId organisationId,
        @NotBlank @Size(max = 40) @Pattern(regexp = "([A-Z0-9][A-Z0-9-]*)?", message = "{validation.code}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @CountryCode String country,
        @Size(max = 100) String city,
        @Size(max = 500) String address,
        Integer version) {
}
