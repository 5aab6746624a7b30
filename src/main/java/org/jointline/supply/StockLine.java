package org.jointline.supply;

import java.math.BigDecimal;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;

/** A quantity on hand of an item (and lot) at one location. */
public record StockLine(ItemId item, String itemNumber, String itemName, LotId lot, String lotNumber,
                        LocationId location, String locationCode, LocationKind locationKind, FacilityId facility,
                        BigDecimal quantity) {
}
