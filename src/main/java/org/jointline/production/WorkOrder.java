package org.jointline.production;

import java.time.Instant;
import java.time.LocalDate;
import org.jointline.engineering.BomRevisionId;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProductionLineId;

/** A work order: what is built, to which revision, how many, where, and how far it got. */
public record WorkOrder(WorkOrderId id, OrganisationId organisationId, String number, ItemId itemId, String itemNumber, String itemName,
                        BomRevisionId bomRevisionId, String revisionLabel, int quantity, FacilityId facilityId,
                        ProductionLineId lineId, OrganisationId customerId, LocalDate plannedStart, LocalDate plannedEnd,
                        SerialScheme serialScheme, String serialPattern, String gtin, WorkOrderStatus status,
                        int unitsCommissioned, int unitsCompleted, Instant createdAt, int version) {
}
