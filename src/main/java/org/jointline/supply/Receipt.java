package org.jointline.supply;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.partners.OrganisationId;

/**
 * Goods coming into stock at a location. Lot-tracked items need a lot number (a new lot, or more of an
 * existing one); serialized items need their serial numbers (the quantity is their count).
 */
public record Receipt(@NotNull ItemId item, @NotNull LocationId location, BigDecimal quantity,
                      @Size(max = 80) String lotNumber, @Size(max = 80) String supplierLot, OrganisationId supplier,
                      @Size(max = 200) String certificate, @Size(max = 10_000) List<String> serials,
                      @Size(max = 120) String document, @Size(max = 500) String reason) {

    public Receipt {
        serials = serials == null ? List.of() : List.copyOf(serials);
    }
}
