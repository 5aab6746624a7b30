package org.jointline.supply;

/**
 * Where a serial number is: PLANNED (made, not yet in stock), IN_STOCK (at exactly one location), INSTALLED
 * (consumed into a unit or work order), SCRAPPED, LOST (missing at a shipment's receipt).
 */
public enum SerialState {
    PLANNED, IN_STOCK, INSTALLED, SCRAPPED, LOST
}
