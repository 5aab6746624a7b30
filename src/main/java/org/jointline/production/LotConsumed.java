package org.jointline.production;

import java.math.BigDecimal;
import java.time.Instant;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;

/** Event: a lot quantity went into a unit (EPCIS TransformationEvent input). */
public record LotConsumed(UnitId unitId, String unitSerial, ComponentId componentId, ItemId itemId, String lot, BigDecimal quantity, FacilityId facilityId, Instant at) {
}
