package org.jointline.supply;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/** A new purchase order: from a supplier, delivered to one of the buyer's facilities. */
public record OrderDetails(@NotNull OrganisationId supplier, @NotNull FacilityId facility,
                           @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{supply.currency-code}") String currency,
                           @Size(max = 80) String supplierReference,
                           @NotEmpty @Size(max = 500) List<@Valid @NotNull Line> lines) {

    public record Line(@NotNull ItemId item, @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal quantity,
                       @DecimalMin("0") BigDecimal unitPrice, LocalDate dueDate) {
    }
}
