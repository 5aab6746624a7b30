package org.jointline.screening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An officer's reason for dismissing or confirming a hit. */
public record HitDecision(@NotBlank @Size(max = 2000) String reason) {
}
