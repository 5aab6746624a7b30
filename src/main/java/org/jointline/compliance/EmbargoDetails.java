package org.jointline.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jointline.platform.validation.CountryCode;

/** An embargo change; the reason is kept in the history. */
public record EmbargoDetails(@NotBlank @CountryCode String country, @NotBlank @Size(max = 300) String source,
                             boolean active, @NotBlank @Size(max = 1000) String reason) {
}
