package org.jointline.supply;

public enum ShipmentStatus {
    DRAFT, DISPATCHED, RECEIVED, CANCELLED
}
