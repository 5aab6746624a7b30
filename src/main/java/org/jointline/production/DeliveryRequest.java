package org.jointline.production;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jointline.partners.FacilityId;

/** Accepted units to ship to the customer, to one of its facilities (or its address on file). */
public record DeliveryRequest(@NotEmpty @Size(max = 5000) List<UnitId> unitIds, FacilityId toFacilityId) {
}
