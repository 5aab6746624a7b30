package org.jointline.production;

/** What a nonconformance is about. */
public enum NonconformanceSubject {
    UNIT, LOT, RECEIPT
}
