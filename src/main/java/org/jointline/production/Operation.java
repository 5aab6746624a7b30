package org.jointline.production;

/** A step of a work order's routing. */
public record Operation(OperationId id, int position, OperationKind kind, String name) {
}
