package org.jointline.production;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jointline.engineering.ItemId;

/** What an operator scans into a unit: a component serial, or a lot and quantity (item from the lot if omitted). */
public record Installation(@Size(max = 100) String serial, @Size(max = 100) String lot, ItemId itemId,
                           @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 6) BigDecimal quantity,
                           ComponentId replaces) {

    public Installation {
        serial = serial == null || serial.isBlank() ? null : serial.strip();
        lot = lot == null || lot.isBlank() ? null : lot.strip();
    }
}
