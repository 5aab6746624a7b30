package org.jointline.engineering;

import java.math.BigDecimal;
import java.util.List;

public record BomLine(BomLineId id, BomRevisionId revisionId, int position, ItemId componentId, String componentNumber,
                      String componentName, BigDecimal quantity, UnitOfMeasure unit, List<String> designators,
                      String notes, boolean doNotPlace, List<ItemId> alternates) {
}
