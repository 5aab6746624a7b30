package org.jointline.engineering.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jointline.engineering.BomLineDetails;
import org.jointline.engineering.ItemId;

/** The add-line form of a draft revision: the component by its item number, designators as "R1, R2 R3". */
public record LineForm(
        @NotBlank @Size(max = 60) String componentNumber,
        @NotNull @DecimalMin(value = "0", message = "{bom.quantity-invalid}")
        @Digits(integer = 12, fraction = 6, message = "{bom.quantity-invalid}") BigDecimal quantity,
        @Size(max = 2000) String designators,
        @Size(max = 2000) String notes,
        Boolean doNotPlace) {

    static LineForm empty() {
        return new LineForm(null, BigDecimal.ONE, null, null, false);
    }

    BomLineDetails toDetails(ItemId component) {
        List<String> refs = designators == null ? List.of() : Arrays.asList(designators.strip().split("[,;\\s]+"));
        String note = notes == null || notes.isBlank() ? null : notes.strip();
        return new BomLineDetails(component, quantity, null, refs, note, Boolean.TRUE.equals(doNotPlace), List.of());
    }
}
