package org.jointline.production;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An operator marks a step done for a unit. */
public record OperationDone(@NotNull OperationId operationId, @Size(max = 500) String note) {
}
