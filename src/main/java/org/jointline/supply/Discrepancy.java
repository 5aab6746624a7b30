package org.jointline.supply;

import java.math.BigDecimal;
import org.jointline.engineering.ItemId;

/** A difference found at receipt: fewer or more than dispatched, or a serial missing or unexpected. */
public record Discrepancy(ShipmentLineId line, ItemId item, String itemNumber, String serial, BigDecimal expected,
                          BigDecimal received, String note) {
}
