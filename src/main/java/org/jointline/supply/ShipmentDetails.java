package org.jointline.supply;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;

/** A new shipment from one facility to another (a partner's plant or a customer's depot), with lines picked from stock. */
public record ShipmentDetails(@NotNull FacilityId origin, @NotNull FacilityId destination, @Size(max = 1000) String note,
                              @NotEmpty @Size(max = 500) List<@Valid @NotNull Line> lines) {

    /** A pick: a quantity of an item (and lot), or its serials, from a location of the origin; value in EUR for compliance. */
    public record Line(@NotNull ItemId item, LotId lot, @Size(max = 10_000) List<String> serials, BigDecimal quantity,
                       @NotNull LocationId from, @DecimalMin("0") BigDecimal valueEur) {

        public Line {
            serials = serials == null ? List.of() : List.copyOf(serials);
        }
    }
}
