package org.jointline.production;

import java.math.BigDecimal;
import java.util.List;
import org.jointline.engineering.ItemId;

/** A test an item's units go through: a range, choices or pass/fail; required or not; attachment or not. */
public record TestTemplate(TestTemplateId id, ItemId itemId, String name, TestKind kind, boolean required, BigDecimal minimum,
                           BigDecimal maximum, String unitOfMeasure, List<String> choices, List<String> passingChoices,
                           boolean attachmentRequired, int position) {
}
