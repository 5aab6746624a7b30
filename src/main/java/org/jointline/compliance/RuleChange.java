package org.jointline.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record RuleChange(boolean enabled, @NotNull Outcome outcome, @Size(max = 4000) String parameter,
                         @NotBlank @Size(max = 1000) String reason, Integer version) {
}
