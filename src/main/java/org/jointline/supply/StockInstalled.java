package org.jointline.supply;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/**
 * Stock that production issued as it installed it into the unit with serial {@code unit}: production's own events
 * say what went into which unit, so this one is for whoever follows stock, not for traceability.
 */
public record StockInstalled(ItemId item, LotId lot, String lotNumber, List<String> serials, BigDecimal quantity,
                             FacilityId facility, LocationId location, String unit, Instant at,
                             OrganisationId organisation) {
}
