package org.jointline.supply;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jointline.engineering.ItemId;

/** A unit made by production, put into stock: a new serial, or one made in advance (PLANNED) now completed. */
public record ProducedUnit(@NotNull ItemId item, @NotBlank @Size(max = 200) String serial,
                           @NotNull LocationId location, @NotBlank @Size(max = 120) String reference) {
}
