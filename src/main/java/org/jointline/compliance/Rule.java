package org.jointline.compliance;

import java.time.Instant;

/**
 * A decision rule as data: whether it applies, the outcome it gives when it fires, and its parameter (a list of
 * countries or codes, or a percentage), as an administrator set it.
 */
public record Rule(String code, boolean enabled, Outcome outcome, String parameter, String changedBy,
                   Instant changedAt, int version) {
}
