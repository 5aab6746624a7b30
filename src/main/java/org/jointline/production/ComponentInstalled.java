package org.jointline.production;

import java.time.Instant;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;

/** Event: a serialized component went into a unit (EPCIS AggregationEvent ADD). */
public record ComponentInstalled(UnitId unitId, String unitSerial, ComponentId componentId, ItemId itemId, String serial, FacilityId facilityId, Instant at) {
}
