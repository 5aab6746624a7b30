package org.jointline.compliance;

import java.time.Instant;

/**
 * A decision rule as data: whether it applies, the outcome it gives when it fires, and its parameter (a list of
 * countries or codes, or a percentage), as an administrator set it.
 */
public record Rule(String code, boolean enabled, Outcome outcome, String parameter, String changedBy,
                   Instant changedAt, int version) {

    private static final java.util.Set<String> DECIDING = java.util.Set.of("embargo", "licence-required", "unclassified",
            "end-user-certificate", "party-screening");

    /** Whether the rule's own outcome decides a line; the others only feed the licence rule with parameters. */
    public boolean decides() {
        return DECIDING.contains(code);
    }
}
