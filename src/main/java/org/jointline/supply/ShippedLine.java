package org.jointline.supply;

import java.math.BigDecimal;
import java.util.List;
import org.jointline.engineering.ItemId;

/** What one shipment line carried (or what arrived of it). */
public record ShippedLine(ItemId item, LotId lot, String lotNumber, List<String> serials, BigDecimal quantity) {

    public ShippedLine {
        serials = List.copyOf(serials);
    }
}
