package org.jointline.production;

import java.time.Instant;
import java.util.UUID;
import org.jointline.partners.OrganisationId;

/** Event: an accepted unit left for its customer (EPCIS bizStep shipping). */
public record UnitDelivered(UnitId unitId, String serial, DeliveryId deliveryId, OrganisationId customerId, UUID shipmentId, Instant at) {
}
