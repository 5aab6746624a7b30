package org.jointline.production;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jointline.engineering.ItemId;

/** A nonconformance opened by hand. */
public record NonconformanceDetails(@NotNull NonconformanceSubject subject, UnitId unitId, ItemId itemId, @Size(max = 100) String lot,
                                    @Size(max = 100) String receiptReference, @NotBlank @Size(max = 4000) String description) {
}
