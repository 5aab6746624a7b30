package org.jointline.compliance.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jointline.compliance.AuthorisationDetails;
import org.jointline.compliance.AuthorisationType;
import org.jointline.compliance.CoveredCode;
import org.jointline.compliance.Regime;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.validation.CountryCode;
import org.springframework.format.annotation.DateTimeFormat;

/** The authorisation form: codes and destinations as lists typed with commas, consignees chosen from organisations. */
record AuthorisationForm(
        @NotBlank @Size(max = 80) String reference,
        @NotNull AuthorisationType type,
        @NotBlank @Size(max = 200) String issuingAuthority,
        @NotBlank @CountryCode String issuingCountry,
        UUID holder,
        @NotNull Regime regime,
        @NotBlank @Size(max = 2000) String codes,
        @NotBlank @Size(max = 2000) String destinations,
        List<UUID> consignees,
        @DecimalMin("0") BigDecimal quantityCeiling,
        @DecimalMin("0") BigDecimal valueCeiling,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
        @Size(max = 500) String endUse,
        @Size(max = 4000) String conditions) {

    static AuthorisationForm empty(UUID holder) {
        return new AuthorisationForm(null, AuthorisationType.INDIVIDUAL, null, null, holder, Regime.EU_DUAL_USE, null,
                null, List.of(), null, null, LocalDate.now(), LocalDate.now().plusYears(1), null, null);
    }

    AuthorisationDetails details() {
        List<CoveredCode> covered = split(codes).stream().map(c -> new CoveredCode(regime, c)).toList();
        List<String> countries = split(destinations).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        List<OrganisationId> parties = consignees == null ? List.of() : consignees.stream().map(OrganisationId::new).toList();
        return new AuthorisationDetails(reference, type, issuingAuthority, issuingCountry,
                holder == null ? null : new OrganisationId(holder), covered, List.of(), countries, parties, List.of(),
                quantityCeiling, valueCeiling, validFrom, validTo, endUse, conditions, null);
    }

    private static List<String> split(String list) {
        return list == null ? List.of() : Arrays.stream(list.split("[,;\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
