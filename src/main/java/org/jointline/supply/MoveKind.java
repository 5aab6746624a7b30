package org.jointline.supply;

/** Why stock changed. */
public enum MoveKind {
    RECEIPT, TRANSFER, ISSUE, PRODUCTION, SCRAP, ADJUSTMENT, COUNT, DISPATCH, ARRIVAL, DISCREPANCY
}
