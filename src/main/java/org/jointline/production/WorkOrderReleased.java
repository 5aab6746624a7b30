package org.jointline.production;

import java.time.Instant;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/** Event: a work order went to the floor. */
public record WorkOrderReleased(WorkOrderId workOrderId, String number, ItemId itemId, int quantity, FacilityId facilityId,
                                OrganisationId organisation, Instant at) {
}
