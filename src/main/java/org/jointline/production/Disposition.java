package org.jointline.production;

/** What is done with a nonconforming thing. */
public enum Disposition {
    REWORK, REPAIR, SCRAP, USE_AS_IS, RETURN_TO_SUPPLIER;

    public boolean needsApproval() {
        return this == USE_AS_IS;
    }
}
