package org.jointline.engineering;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A line of a draft revision. Position 0 or none: after the last line. */
public record BomLineDetails(
        @NotNull ItemId componentId,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 6) BigDecimal quantity,
        @Positive Integer position,
        @Size(max = 2000) List<@Size(max = 40) String> designators,
        @Size(max = 2000) String notes,
        boolean doNotPlace,
        @Size(max = 20) List<ItemId> alternates) {

    public BomLineDetails {
        designators = designators == null ? List.of() : designators.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        alternates = alternates == null ? List.of() : List.copyOf(alternates);
    }
}
