package org.jointline.sharing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** The result of verifying an owner's whole chain: intact, or the first broken entry. */
public record Verification(UUID organisationId, boolean intact, long entries,
                           @JsonInclude(JsonInclude.Include.ALWAYS) BrokenEntry firstBrokenEntry,
                           int checkpointsVerified, Instant verifiedAt) {
}
