package org.jointline.supply;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jointline.engineering.ItemId;

/** A move between two locations of the same facility (between facilities, only a shipment moves stock). */
public record Transfer(@NotNull ItemId item, LotId lot, @Size(max = 10_000) List<String> serials, BigDecimal quantity,
                       @NotNull LocationId from, @NotNull LocationId to, @Size(max = 500) String reason,
                       @Size(max = 120) String document) {

    public Transfer {
        serials = serials == null ? List.of() : List.copyOf(serials);
    }
}
