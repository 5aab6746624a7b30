package org.jointline.compliance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.ItemId;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.validation.CountryCode;

/**
 * An authorisation as issued. Ceilings are optional (none: unlimited); a general authorisation has no holder
 * (every exporter in the issuing country may use it). Codes and items say what it covers; consignees and end
 * users, when listed, restrict to whom.
 */
public record AuthorisationDetails(
        @NotBlank @Size(max = 80) String reference,
        @NotNull AuthorisationType type,
        @NotBlank @Size(max = 200) String issuingAuthority,
        @NotBlank @CountryCode String issuingCountry,
        OrganisationId holder,
        List<@Valid CoveredCode> codes,
        List<ItemId> items,
        @NotEmpty List<String> destinations,
        List<OrganisationId> consignees,
        List<OrganisationId> endUsers,
        @DecimalMin("0") BigDecimal quantityCeiling,
        @DecimalMin("0") BigDecimal valueCeiling,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        @Size(max = 500) String endUse,
        @Size(max = 4000) String conditions,
        DocumentId document) {

    public AuthorisationDetails {
        codes = codes == null ? List.of() : List.copyOf(codes);
        items = items == null ? List.of() : List.copyOf(items);
        destinations = destinations == null ? List.of() : destinations.stream().map(String::strip).distinct().toList();
        consignees = consignees == null ? List.of() : List.copyOf(consignees);
        endUsers = endUsers == null ? List.of() : List.copyOf(endUsers);
        reference = reference == null ? null : reference.strip();
    }

    public List<UUID> itemIds() {
        return items.stream().map(ItemId::value).toList();
    }
}
