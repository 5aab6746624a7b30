package org.jointline.production;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/** Accepted units shipped to a customer through a supply shipment, with its compliance outcome. */
public record Delivery(DeliveryId id, String number, OrganisationId customerId, FacilityId fromFacilityId, FacilityId toFacilityId,
                       UUID shipmentId, String shipmentNumber, String complianceOutcome, List<String> serials, Instant createdAt,
                       Instant dispatchedAt) {

    /** Whether the shipment has left (a held one waits until compliance releases it). */
    public boolean dispatched() {
        return dispatchedAt != null;
    }
}
