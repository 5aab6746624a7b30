package org.jointline.production;

/** Open, dispositioned (waiting for an engineer's approval of use-as-is), closed. */
public enum NonconformanceStatus {
    OPEN, AWAITING_APPROVAL, CLOSED
}
