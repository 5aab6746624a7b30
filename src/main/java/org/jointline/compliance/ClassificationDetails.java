package org.jointline.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an officer states: the regime, the code on that regime's list, and why. */
public record ClassificationDetails(@NotNull Regime regime, @NotBlank @Size(max = 40) String code,
                                    @NotBlank @Size(max = 2000) String rationale) {

    public ClassificationDetails {
        code = code == null ? null : code.strip();
        rationale = rationale == null ? null : rationale.strip();
    }
}
