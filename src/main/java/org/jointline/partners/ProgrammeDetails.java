package org.jointline.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a person gives to create or change a programme. {@code version} guards against lost updates. */
public record ProgrammeDetails(
        @NotBlank @Size(max = 40) @Pattern(regexp = "([A-Z0-9][A-Z0-9-]*)?", message = "{validation.code}") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        LocalDate startsOn,
        LocalDate endsOn,
        Integer version) {
}
