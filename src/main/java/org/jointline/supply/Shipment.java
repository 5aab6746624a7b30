package org.jointline.supply;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jointline.compliance.AssessmentId;
import org.jointline.compliance.Outcome;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

public record Shipment(ShipmentId id, String number, FacilityId origin, String originCode, FacilityId destination,
                       String destinationCode, OrganisationId consignee, String destinationCountry,
                       ShipmentStatus status, AssessmentId assessment, Outcome outcome, String note, String createdBy,
                       Instant createdAt, String dispatchedBy, Instant dispatchedAt, String receivedBy,
                       Instant receivedAt, List<Line> lines, List<Discrepancy> discrepancies) {

    public Shipment {
        lines = List.copyOf(lines);
        discrepancies = List.copyOf(discrepancies);
    }

    public record Line(ShipmentLineId id, int lineNumber, ItemId item, String itemNumber, String itemName, LotId lot,
                       String lotNumber, LocationId from, String fromCode, BigDecimal quantity, List<String> serials,
                       BigDecimal valueEur, BigDecimal received) {
    }
}
