package org.jointline.supply;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/** Stock issued out of a location against a reference (a work order): lots consumed, serials installed. */
public record StockConsumed(ItemId item, LotId lot, String lotNumber, List<String> serials, BigDecimal quantity,
                            FacilityId facility, LocationId location, String reference, Instant at,
                            OrganisationId organisation) {
}
