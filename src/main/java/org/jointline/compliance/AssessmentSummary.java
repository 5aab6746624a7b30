package org.jointline.compliance;

import java.time.Instant;
import java.util.UUID;

/** A row of the officer's queue and of the assessment list. */
public record AssessmentSummary(AssessmentId id, TransferKind kind, String reference, Outcome outcome,
                                String originCountry, String destinationCountry, UUID consigneeId, String consigneeName,
                                int lines, String requestedBy, Instant decidedAt) {
}
