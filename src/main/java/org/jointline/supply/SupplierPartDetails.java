package org.jointline.supply;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.validation.CountryCode;

public record SupplierPartDetails(@NotNull OrganisationId supplier, @NotNull ItemId item, @Size(max = 80) String mpn,
                                  @Size(max = 80) String sku,
                                  @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{supply.currency-code}") String currency,
                                  @Size(max = 20) List<@Valid PriceBreak> prices,
                                  @NotNull @Min(0) @Max(3650) Integer leadTimeDays, @CountryCode String originCountry,
                                  boolean approved, Integer version) {

    public SupplierPartDetails {
        prices = prices == null ? List.of() : List.copyOf(prices);
        originCountry = originCountry == null || originCountry.isBlank() ? null : originCountry;
        mpn = mpn == null || mpn.isBlank() ? null : mpn.strip();
        sku = sku == null || sku.isBlank() ? null : sku.strip();
    }
}
