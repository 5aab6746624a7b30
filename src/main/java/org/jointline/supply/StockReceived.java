package org.jointline.supply;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/** Goods came into stock (purchase order receipt, opening stock, bulk serials received): traceability's 'receiving'. */
public record StockReceived(ItemId item, LotId lot, String lotNumber, List<String> serials, BigDecimal quantity, FacilityId facility, LocationId location, String document, Instant at, OrganisationId organisation) {
}
