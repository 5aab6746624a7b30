package org.jointline.production;

/** Planned, released to the floor, in progress once a unit exists, completed, closed; or cancelled. */
public enum WorkOrderStatus {
    PLANNED, RELEASED, IN_PROGRESS, COMPLETED, CLOSED, CANCELLED;

    public boolean isOpen() {
        return this == RELEASED || this == IN_PROGRESS;
    }
}
