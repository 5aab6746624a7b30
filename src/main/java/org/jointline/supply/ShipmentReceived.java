package org.jointline.supply;

import java.time.Instant;
import java.util.List;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/** A shipment arrived: what was put into the destination location, and the differences found against what left. */
public record ShipmentReceived(ShipmentId shipment, String number, FacilityId origin, FacilityId destination,
                               LocationId location, List<ShippedLine> received, List<Discrepancy> discrepancies,
                               Instant at, OrganisationId organisation) {
}
