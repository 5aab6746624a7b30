package org.jointline.production;

import java.time.Instant;
import org.jointline.engineering.ItemId;

/** A nonconformance on a unit, a lot or a supplier receipt, with its disposition, cause and correction. */
public record Nonconformance(NonconformanceId id, String number, NonconformanceSubject subject, UnitId unitId, String unitSerial, ItemId itemId,
                             String lot, String receiptReference, TestResultId testResultId, String description,
                             NonconformanceStatus status, Disposition disposition, String dispositionNote, Instant dispositionedAt,
                             Instant approvedAt, String rootCause, String correctiveAction, Instant openedAt, Instant closedAt,
                             int version, Return returned) {

    /** The supply shipment that takes a lot back to its supplier ({@code null} until one is made). */
    public record Return(java.util.UUID shipmentId, String shipmentNumber, String outcome, Instant dispatchedAt) {

        public boolean dispatched() {
            return dispatchedAt != null;
        }
    }
}
