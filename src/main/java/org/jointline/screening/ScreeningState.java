package org.jointline.screening;

/**
 * Where a party stands against the sanctions lists. CLEAR: no open possible match (dismissed hits included).
 * HELD: at least one possible match waits for a compliance officer. CONFIRMED: an officer confirmed a match;
 * the party may receive nothing.
 */
public enum ScreeningState {
    CLEAR,
    HELD,
    CONFIRMED
}
