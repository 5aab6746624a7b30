package org.jointline.supply;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * What arrived, into a location of the destination. A line left out arrived complete; a line given says how much
 * (or which serials) arrived, and the differences are recorded.
 */
public record ShipmentReceipt(@NotNull LocationId location, @Size(max = 500) List<@Valid @NotNull Line> lines) {

    public ShipmentReceipt {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(@NotNull ShipmentLineId line, @DecimalMin("0") BigDecimal quantity,
                       @Size(max = 10_000) List<String> serials, @Size(max = 500) String note) {

        public Line {
            serials = serials == null ? null : List.copyOf(serials);
        }
    }
}
