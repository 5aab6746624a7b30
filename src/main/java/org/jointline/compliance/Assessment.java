package org.jointline.compliance;

import java.time.Instant;
import java.util.List;

/** A recorded decision: the overall outcome is the worst outcome of its lines. */
public record Assessment(AssessmentId id, Outcome outcome, TransferKind kind, String reference,
                         List<LineDecision> lines, Instant decidedAt) {

    public Assessment {
        lines = List.copyOf(lines);
    }

    public boolean cleared() {
        return outcome == Outcome.CLEARED;
    }
}
