package org.jointline.engineering;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.validation.CountryCode;
import org.jointline.platform.validation.Gtin;

/** What an engineer gives to create or change an item. The item number is unique per owner. */
public record ItemDetails(
        @NotNull OrganisationId ownerId,
        @NotBlank @Size(max = 60) @Pattern(regexp = "([A-Za-z0-9][A-Za-z0-9._/-]*)?", message = "{validation.item-number}") String number,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotNull ItemKind kind,
        @NotNull UnitOfMeasure unit,
        @NotNull Tracking tracking,
        @Gtin String gtin,
        @CountryCode String countryOfOrigin,
        @Size(max = 20) List<@Valid ManufacturerPart> manufacturerParts,
        Integer version) {

    public ItemDetails {
        manufacturerParts = manufacturerParts == null ? List.of() : List.copyOf(manufacturerParts);
        gtin = gtin == null || gtin.isBlank() ? null : gtin.strip();
        countryOfOrigin = countryOfOrigin == null || countryOfOrigin.isBlank() ? null : countryOfOrigin;
    }
}
