package org.jointline.compliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What one cleared line used of an authorisation. */
public record Drawdown(UUID id, AssessmentId assessment, int line, String reference, BigDecimal quantity,
                       BigDecimal value, Instant drawnAt) {
}
