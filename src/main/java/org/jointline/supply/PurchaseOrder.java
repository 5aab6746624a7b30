package org.jointline.supply;

import java.time.Instant;
import java.util.List;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

public record PurchaseOrder(PurchaseOrderId id, String number, OrganisationId buyer, OrganisationId supplier,
                            String supplierName, FacilityId facility, String facilityCode, String currency,
                            OrderStatus status, String supplierReference, String createdBy, Instant createdAt,
                            Instant confirmedAt, List<PurchaseOrderLine> lines) {

    public PurchaseOrder {
        lines = List.copyOf(lines);
    }
}
