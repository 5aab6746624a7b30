package org.jointline.production;

import java.time.Instant;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;

/** Event: a unit got its serial (EPCIS ObjectEvent ADD). */
public record UnitCommissioned(UnitId unitId, WorkOrderId workOrderId, ItemId itemId, String serial, String digitalLink, FacilityId facilityId, Instant at) {
}
