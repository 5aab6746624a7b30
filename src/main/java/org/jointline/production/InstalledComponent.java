package org.jointline.production;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jointline.engineering.ItemId;

/** A line of a unit's record: a serialized component installed, or a lot quantity consumed. A removed one stays, closed. */
public record InstalledComponent(ComponentId id, UnitId unitId, ItemId itemId, String itemNumber, ItemId bomItemId, String serial, String lot,
                                 UUID supplierId, String supplierName, BigDecimal quantity, UnitId componentUnitId,
                                 ComponentId replacesId, Instant installedAt, Instant removedAt, String removalReason) {

    public boolean substitute() {
        return !itemId.equals(bomItemId);
    }

    public boolean removed() {
        return removedAt != null;
    }
}
