package org.jointline.production;

import java.time.Instant;
import org.jointline.partners.OrganisationId;

/** Event: the customer rejected a unit, with the reason. */
public record UnitRejected(UnitId unitId, String serial, OrganisationId customerId, String reason, Instant at) {
}
