package org.jointline.supply;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/**
 * Stock issued out of a location against a reference (a work order): lots consumed, serials installed. {@code unit}
 * is the serial of the unit production built them into, when production issued them as it installed them (its own
 * events then say what went into which unit); null for any other issue.
 */
public record StockConsumed(ItemId item, LotId lot, String lotNumber, List<String> serials, BigDecimal quantity,
                            FacilityId facility, LocationId location, String reference, Instant at,
                            OrganisationId organisation, String unit) {
}
