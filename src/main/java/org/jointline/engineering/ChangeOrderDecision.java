package org.jointline.engineering;

/** An owner organisation's decision on a change order in review. */
public enum ChangeOrderDecision {
    PENDING, APPROVED, REJECTED
}
