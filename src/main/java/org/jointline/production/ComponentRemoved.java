package org.jointline.production;

import java.time.Instant;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;

/** Event: a serialized component came out of a unit (EPCIS AggregationEvent DELETE). */
public record ComponentRemoved(UnitId unitId, String unitSerial, ComponentId componentId, ItemId itemId, String serial, String reason, FacilityId facilityId, Instant at) {
}
