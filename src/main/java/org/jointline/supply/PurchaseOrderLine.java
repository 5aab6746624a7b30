package org.jointline.supply;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jointline.engineering.ItemId;

public record PurchaseOrderLine(PurchaseOrderLineId id, int lineNumber, ItemId item, String itemNumber, String itemName,
                                BigDecimal quantity, BigDecimal unitPrice, LocalDate dueDate, BigDecimal received) {

    public BigDecimal open() {
        return quantity.subtract(received).max(BigDecimal.ZERO);
    }
}
