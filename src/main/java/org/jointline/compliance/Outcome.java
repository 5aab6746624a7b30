package org.jointline.compliance;

/** Cleared: may leave. Held: waits for a compliance officer. Blocked: may not leave. */
public enum Outcome {
    CLEARED,
    HELD,
    BLOCKED
}
