package org.jointline.production;

import jakarta.validation.constraints.Size;

/** The customer's acceptance officer accepts or rejects a unit; a rejection needs a reason. */
public record AcceptanceDecision(boolean accepted, @Size(max = 2000) String reason) {
}
