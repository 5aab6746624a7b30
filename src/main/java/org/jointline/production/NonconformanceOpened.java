package org.jointline.production;

/** Event: a nonconformance was opened. */
public record NonconformanceOpened(NonconformanceId id, String number, NonconformanceSubject subject, UnitId unitId, String lot) {
}
