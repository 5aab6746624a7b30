package org.jointline.production;

import java.time.Instant;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;

/** Event: a unit is built and passed its required tests. */
public record UnitCompleted(UnitId unitId, WorkOrderId workOrderId, ItemId itemId, String serial, FacilityId facilityId, Instant at) {
}
