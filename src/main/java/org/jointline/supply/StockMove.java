package org.jointline.supply;

import java.math.BigDecimal;
import java.time.Instant;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/** One change of stock: what, how much, from where to where (null: from or to outside stock), who, when, why. */
public record StockMove(StockMoveId id, Instant at, MoveKind kind, ItemId item, LotId lot, SerialId serial,
                        BigDecimal quantity, LocationId from, LocationId to, FacilityId facility, String reason,
                        String document, String personName, OrganisationId organisation) {
}
