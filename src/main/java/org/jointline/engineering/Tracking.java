package org.jointline.engineering;

/** How stock of the item is tracked: not at all, by lot, or by serial number. */
public enum Tracking {
    NONE, LOT, SERIAL
}
