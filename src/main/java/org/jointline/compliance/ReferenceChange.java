package org.jointline.compliance;

import java.time.Instant;

/** One change of an embargo or a rule: before, after, why, who, when. */
public record ReferenceChange(String subject, String before, String after, String reason, String changedBy,
                              Instant changedAt) {
}
