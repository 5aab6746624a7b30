package org.jointline.production;

import java.math.BigDecimal;
import java.util.List;
import org.jointline.engineering.ItemId;

/** One component of a work order: per unit and in total, what the facility has available, and what is short. */
public record MaterialLine(ItemId itemId, String itemNumber, String itemName, String tracking, BigDecimal perUnit, BigDecimal required,
                           BigDecimal available, BigDecimal shortage, List<ItemId> alternates) {
}
