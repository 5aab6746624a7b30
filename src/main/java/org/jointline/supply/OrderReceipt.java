package org.jointline.supply;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * Goods received against a purchase order line, into a location of the order's facility, with the supplier's lot
 * and certificate. More than the open quantity only with {@code overReceiptReason}.
 */
public record OrderReceipt(@NotNull PurchaseOrderLineId line, BigDecimal quantity, @NotNull LocationId location,
                           @Size(max = 80) String lotNumber, @Size(max = 80) String supplierLot,
                           @Size(max = 200) String certificate, @Size(max = 10_000) List<String> serials,
                           @Size(max = 500) String overReceiptReason) {

    public OrderReceipt {
        serials = serials == null ? List.of() : List.copyOf(serials);
        overReceiptReason = overReceiptReason == null || overReceiptReason.isBlank() ? null : overReceiptReason.strip();
    }
}
