package org.jointline.supply;

import java.time.Instant;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/** Serial numbers made (commissioned) for an item, in stock at a location or PLANNED (location null). */
public record SerialsCreated(ItemId item, LotId lot, List<String> serials, FacilityId facility, LocationId location, String document, Instant at, OrganisationId organisation) {
}
