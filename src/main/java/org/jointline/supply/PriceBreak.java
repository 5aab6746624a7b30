package org.jointline.supply;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** From {@code minQuantity} units on, each costs {@code unitPrice} (in the supplier part's currency). */
public record PriceBreak(@NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal minQuantity,
                         @NotNull @DecimalMin("0") BigDecimal unitPrice) {
}
