package org.jointline.compliance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jointline.compliance.EndUserCertificateDetails;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.validation.CountryCode;
import org.springframework.format.annotation.DateTimeFormat;

record CertificateForm(
        @NotBlank @Size(max = 80) String reference,
        @NotNull UUID endUser,
        @NotBlank @CountryCode String country,
        @NotBlank @Size(max = 500) String endUse,
        boolean noReexport,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {

    static CertificateForm empty() {
        return new CertificateForm(null, null, null, null, true, LocalDate.now(), LocalDate.now().plusYears(1));
    }

    EndUserCertificateDetails details() {
        return new EndUserCertificateDetails(reference, new OrganisationId(endUser), country, endUse, noReexport,
                validFrom, validTo, null, null);
    }
}
