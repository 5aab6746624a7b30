package org.jointline.screening;

/** An officer's view of one possible match: still open, dismissed with a reason, or confirmed. */
public enum HitStatus {
    OPEN,
    DISMISSED,
    CONFIRMED
}
