package org.jointline.production;

import java.time.Instant;
import org.jointline.partners.FacilityId;

/** Event: an operator recorded a routing step done on a unit. */
public record OperationRecorded(UnitId unitId, WorkOrderId workOrderId, OperationId operationId, OperationKind kind,
                                String name, FacilityId facilityId, Instant at) {
}
