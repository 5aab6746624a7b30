package org.jointline.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An officer's reason for releasing or refusing a held transfer. */
public record ReviewDecision(@NotBlank @Size(max = 2000) String reason) {
}
