package org.jointline.compliance;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

public record UsContentDetails(@NotNull @DecimalMin("0") BigDecimal usValue,
                               @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal unitValue) {
}
