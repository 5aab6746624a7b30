package org.jointline.compliance;

import java.time.LocalDate;
import java.util.UUID;

public record EndUserCertificate(UUID id, String reference, UUID endUserId, String endUserName, String country,
                                 String endUse, boolean noReexport, LocalDate validFrom, LocalDate validTo,
                                 UUID authorisationId, UUID documentId, UUID holderId) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
