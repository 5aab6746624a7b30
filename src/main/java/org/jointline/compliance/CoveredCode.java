package org.jointline.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A code an authorisation covers; it covers the code and everything below it (9A012 covers 9A012.a). */
public record CoveredCode(@NotNull Regime regime, @NotBlank @Size(max = 40) String code) {
}
