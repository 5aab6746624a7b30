package org.jointline.compliance.internal;

/** A party's standing against the sanctions lists, as the screening module reports it. */
public enum SanctionsStanding {
    CLEAR,
    HELD_FOR_REVIEW,
    CONFIRMED_MATCH
}
