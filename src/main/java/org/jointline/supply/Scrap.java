package org.jointline.supply;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jointline.engineering.ItemId;

/** Stock taken out for good, with the reason (a nonconformance, damage). */
public record Scrap(@NotNull ItemId item, LotId lot, @Size(max = 10_000) List<String> serials, BigDecimal quantity,
                    LocationId location, @NotBlank @Size(max = 500) String reason, @Size(max = 120) String document) {

    public Scrap {
        serials = serials == null ? List.of() : List.copyOf(serials);
    }
}
