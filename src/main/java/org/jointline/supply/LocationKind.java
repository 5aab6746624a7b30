package org.jointline.supply;

/** What a location is for. Consumed, installed and scrapped stock is in no location: it has left stock. */
public enum LocationKind {
    WAREHOUSE, SHELF, RECEIVING, LINE_SIDE, QUARANTINE, IN_TRANSIT
}
