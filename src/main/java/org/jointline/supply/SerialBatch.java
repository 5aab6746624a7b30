package org.jointline.supply;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/**
 * Many serial numbers at once. PATTERN: {@code prefix} followed by {@code start}, {@code start+1}, ... padded
 * to {@code digits}. SGTIN: the same, checked against GS1's rules for a serial (AI 21, at most 20 characters)
 * for an item with a GTIN; each unit is then also known by its GS1 Digital Link URI. LIST: the given
 * {@code serials}. With a {@code location} they are received into stock there; without, they are PLANNED at
 * {@code facility} (made in advance, for production or for labels printed before receipt).
 */
public record SerialBatch(@NotNull ItemId item, @NotNull SerialScheme scheme, @Size(max = 60) String prefix,
                          @Min(0) Long start, @Min(1) @Max(SerialBatch.MAX) Integer count, @Min(1) @Max(20) Integer digits,
                          @Size(max = MAX) List<String> serials, FacilityId facility, LocationId location, @Size(max = 80) String lotNumber,
                          OrganisationId supplier, @Size(max = 120) String document) {

    public static final int MAX = 10_000;

    public SerialBatch {
        serials = serials == null ? List.of() : List.copyOf(serials);
    }
}
