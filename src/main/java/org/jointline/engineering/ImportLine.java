package org.jointline.engineering;

import java.math.BigDecimal;
import java.util.List;

/**
 * A usable line of an uploaded BOM and what committing it will do: reuse the item known by its MPN
 * ({@code existingItemId}) or create a part numbered {@code itemNumber}.
 */
public record ImportLine(int row, List<String> designators, BigDecimal quantity, String value, String description,
                         String manufacturer, String mpn, String packageName, boolean doNotPlace, ItemId existingItemId,
                         String itemNumber) {
}
