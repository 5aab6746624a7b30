package org.jointline.supply;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jointline.engineering.ItemId;

/**
 * A correction of a lot or untracked quantity at a location: by a signed difference, or (cycle count) to the
 * quantity counted. Always with a reason.
 */
public record Adjustment(@NotNull ItemId item, LotId lot, @NotNull LocationId location, BigDecimal difference,
                         BigDecimal counted, @NotBlank @Size(max = 500) String reason) {

    public boolean isCount() {
        return counted != null;
    }
}
