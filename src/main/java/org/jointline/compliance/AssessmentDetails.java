package org.jointline.compliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An assessment as a person reads it: the route, every line with its reasons, and the officer's review. */
public record AssessmentDetails(AssessmentId id, TransferKind kind, String reference, Outcome outcome,
                                Outcome firstOutcome, UUID ownerId, UUID originFacilityId, String originFacilityName,
                                String originCountry, UUID consigneeId, String consigneeName, String destinationCountry,
                                String requestedBy, Instant decidedAt, String reviewedBy, Instant reviewedAt,
                                String reviewReason, List<Line> lines) {

    public AssessmentDetails {
        lines = List.copyOf(lines);
    }

    /** A line's reason with its message key and arguments, so that pages show it in the reader's language. */
    public record Cause(String rule, String key, List<String> args, String message) {
    }

    public record Line(int line, UUID itemId, UUID documentId, String number, BigDecimal quantity, BigDecimal value,
                       Outcome outcome, UUID authorisationId, String authorisationReference, List<Cause> causes) {
    }

    public boolean held() {
        return outcome == Outcome.HELD;
    }
}
