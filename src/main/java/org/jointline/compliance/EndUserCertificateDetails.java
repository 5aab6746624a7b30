package org.jointline.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jointline.engineering.DocumentId;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.validation.CountryCode;

/** An end-user certificate: the end user states the end use and (usually) that it will not re-export without consent. */
public record EndUserCertificateDetails(
        @NotBlank @Size(max = 80) String reference,
        @NotNull OrganisationId endUser,
        @NotBlank @CountryCode String country,
        @NotBlank @Size(max = 500) String endUse,
        boolean noReexport,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        AuthorisationId authorisation,
        DocumentId document) {
}
