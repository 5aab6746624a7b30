package org.jointline.partners;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A request for a personal access token, valid for a number of days (none: until revoked). */
public record TokenRequest(@NotBlank @Size(max = 100) String name, @Min(1) @Max(366) Integer validDays) {
}
