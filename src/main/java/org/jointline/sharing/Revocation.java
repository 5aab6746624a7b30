package org.jointline.sharing;

import jakarta.validation.constraints.Size;

/** Why an agreement ends now. */
public record Revocation(@Size(max = 500) String reason) {
}
