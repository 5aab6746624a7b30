package org.jointline.production;

import java.time.Instant;

/** A step done on a unit: by whom and when. */
public record OperationRecord(OperationId operationId, OperationKind kind, String name, String doneBy, Instant doneAt, String note) {
}
