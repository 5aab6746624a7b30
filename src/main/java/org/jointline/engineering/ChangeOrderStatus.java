package org.jointline.engineering;

import java.util.Set;

/**
 * The life of a change order: drafted (items linked), in review (each owner organisation decides),
 * approved (every owner approved), released (its revisions released together); or rejected by an owner.
 */
public enum ChangeOrderStatus {
    DRAFT, IN_REVIEW, APPROVED, RELEASED, REJECTED;

    /** Whether an order in this status may move to {@code next}. */
    public boolean canBecome(ChangeOrderStatus next) {
        return switch (this) {
            case DRAFT -> next == IN_REVIEW;
            case IN_REVIEW -> Set.of(APPROVED, REJECTED).contains(next);
            case APPROVED -> next == RELEASED;
            case RELEASED, REJECTED -> false;
        };
    }

    public boolean isOpen() {
        return this != RELEASED && this != REJECTED;
    }
}
