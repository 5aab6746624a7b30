package org.jointline.partners;

public record ProductionLine(ProductionLineId id, FacilityId facilityId, String code, String name,
                             int capacityUnitsPerDay, int version) {
}
