package org.jointline.supply;

import java.time.Instant;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/**
 * One serialized unit of an item. {@code location} is set only while in stock; {@code facility} is where it
 * is or was last; {@code reference} is the document of its last change (work order, shipment, purchase order).
 */
public record SerialNumber(SerialId id, ItemId item, String serial, LotId lot, OrganisationId supplier,
                           SerialState state, LocationId location, FacilityId facility, String reference,
                           Instant changedAt) {
}
