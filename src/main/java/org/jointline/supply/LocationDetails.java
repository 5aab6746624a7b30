package org.jointline.supply;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new location: code unique in the facility, optionally under a parent location of the same facility. */
public record LocationDetails(
        @NotBlank @Size(max = 40) @Pattern(regexp = "([A-Za-z0-9][A-Za-z0-9._/-]*)?", message = "{validation.item-number}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull LocationKind kind,
        LocationId parent) {
}
