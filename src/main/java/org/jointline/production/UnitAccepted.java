package org.jointline.production;

import java.time.Instant;
import org.jointline.partners.OrganisationId;

/** Event: the customer accepted a unit (EPCIS bizStep accepting). */
public record UnitAccepted(UnitId unitId, String serial, OrganisationId customerId, Instant at) {
}
