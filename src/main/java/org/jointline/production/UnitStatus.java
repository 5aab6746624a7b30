package org.jointline.production;

/** Where a unit stands, from commissioning to delivery. */
public enum UnitStatus {
    IN_PROGRESS, COMPLETED, ACCEPTED, REJECTED, SCRAPPED, DELIVERED;

    public boolean isBuilding() {
        return this == IN_PROGRESS;
    }
}
