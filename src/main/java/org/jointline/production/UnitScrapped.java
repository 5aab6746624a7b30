package org.jointline.production;

import java.time.Instant;
import org.jointline.partners.FacilityId;

/** Event: a unit and its components left stock for good (EPCIS bizStep destroying). */
public record UnitScrapped(UnitId unitId, String serial, NonconformanceId nonconformanceId, FacilityId facilityId, Instant at) {
}
