package org.jointline.production;

import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;

/** Event: a work order went to the floor. */
public record WorkOrderReleased(WorkOrderId workOrderId, String number, ItemId itemId, int quantity, FacilityId facilityId) {
}
