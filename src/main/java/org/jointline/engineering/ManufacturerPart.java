package org.jointline.engineering;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A manufacturer's part number (MPN) under which the item can be bought. */
public record ManufacturerPart(@Size(max = 200) String manufacturer, @NotBlank @Size(max = 100) String mpn) {
}
