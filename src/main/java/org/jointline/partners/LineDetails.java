package org.jointline.partners;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record LineDetails(
        @NotBlank @Size(max = 40) @Pattern(regexp = "([A-Z0-9][A-Z0-9-]*)?", message = "{validation.code}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(0) @Max(1_000_000) Integer capacityUnitsPerDay,
        Integer version) {
}
