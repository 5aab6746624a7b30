package org.jointline.supply;

import java.math.BigDecimal;
import java.util.List;
import org.jointline.engineering.ItemId;

/**
 * What happens if a supplier or a country stops delivering: the components left without another approved source,
 * how many days the stock at hand lasts at the last 30 days' rate of use (null: not used lately), and the end
 * items that contain them.
 */
public record WhatIf(String stopped, List<Component> components, List<EndItem> endItems) {

    public WhatIf {
        components = List.copyOf(components);
        endItems = List.copyOf(endItems);
    }

    public record Component(ItemId item, String number, String name, BigDecimal available, BigDecimal dailyUse,
                            BigDecimal coverDays) {
    }

    public record EndItem(ItemId item, String number, String name) {
    }
}
