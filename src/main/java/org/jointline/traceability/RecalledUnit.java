package org.jointline.traceability;

import java.time.OffsetDateTime;

/**
 * A unit (or assembly, or shipment container) that contains what is recalled, with how many levels
 * up it was found, whether it is the outermost, and where it is now from its latest event: the step
 * and state, the facility, the organisation it was shipped to, and whether the customer accepted it.
 */
public record RecalledUnit(String identifier, int depth, boolean outermost, OffsetDateTime lastEventTime,
                           String lastStep, String disposition, String location, String shippedTo,
                           boolean accepted) {
}
