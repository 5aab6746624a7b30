package org.jointline.production;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a component comes out of a unit. */
public record Removal(@NotBlank @Size(max = 500) String reason) {
}
