package org.jointline.production;

import java.time.Instant;
import org.jointline.partners.FacilityId;

/** Event: a unit was tested (EPCIS ObjectEvent, bizStep inspecting). */
public record TestRecorded(UnitId unitId, String unitSerial, TestResultId resultId, String test, String value, boolean passed, FacilityId facilityId, Instant at) {
}
