package org.jointline.production;

import java.time.Instant;
import org.jointline.engineering.BomRevisionId;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/** A serialized unit being built or built, with the BOM revision it was built to. */
public record Unit(UnitId id, String serial, String digitalLink, WorkOrderId workOrderId, String workOrderNumber, ItemId itemId,
                   String itemNumber, String itemName, BomRevisionId bomRevisionId, String revisionLabel, UnitStatus status,
                   FacilityId facilityId, OrganisationId organisationId, OrganisationId customerId, Instant commissionedAt,
                   Instant completedAt, int version) {
}
