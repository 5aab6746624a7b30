package org.jointline.supply;

public enum OrderStatus {
    DRAFT, CONFIRMED, PARTIALLY_RECEIVED, RECEIVED, CANCELLED;

    public boolean receivable() {
        return this == CONFIRMED || this == PARTIALLY_RECEIVED;
    }
}
