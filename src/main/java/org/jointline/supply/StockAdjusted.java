package org.jointline.supply;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/** A quantity corrected (ADJUSTMENT) or set to what was counted (COUNT); difference is signed. */
public record StockAdjusted(MoveKind kind, ItemId item, LotId lot, String lotNumber, BigDecimal difference, FacilityId facility, LocationId location, String reason, Instant at, OrganisationId organisation) {
}
