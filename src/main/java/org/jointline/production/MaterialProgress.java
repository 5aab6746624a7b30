package org.jointline.production;

import java.math.BigDecimal;
import java.util.List;
import org.jointline.engineering.ItemId;

/** Per BOM line of a unit: how many are needed and how many are in. */
public record MaterialProgress(ItemId itemId, String itemNumber, String itemName, String tracking, BigDecimal needed, BigDecimal installed,
                               List<ItemId> alternates) {

    public boolean complete() {
        return installed.compareTo(needed) >= 0;
    }
}
