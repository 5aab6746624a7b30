package org.jointline.supply;

import java.time.Instant;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/** A unit made by production came into stock under its serial number. */
public record UnitStocked(ItemId item, String serial, FacilityId facility, LocationId location, String reference, Instant at, OrganisationId organisation) {
}
