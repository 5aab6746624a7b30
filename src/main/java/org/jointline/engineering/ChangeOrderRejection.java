package org.jointline.engineering;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an owner organisation rejects a change order. */
public record ChangeOrderRejection(@NotBlank @Size(max = 4000) String reason) {
}
