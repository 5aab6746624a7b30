package org.jointline.supply;

import java.time.Instant;
import java.util.List;
import org.jointline.compliance.AssessmentId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/** A shipment left its origin: its lines are in the origin's in-transit location, cleared by the assessment named. */
public record ShipmentDispatched(ShipmentId shipment, String number, FacilityId origin, FacilityId destination,
                                 OrganisationId consignee, String destinationCountry, AssessmentId assessment,
                                 List<ShippedLine> lines, Instant at, OrganisationId organisation) {
}
