package org.jointline.supply;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/** Stock moved between two locations of one facility. */
public record StockTransferred(ItemId item, LotId lot, String lotNumber, List<String> serials, BigDecimal quantity, FacilityId facility, LocationId from, LocationId to, String reason, String document, Instant at, OrganisationId organisation) {
}
