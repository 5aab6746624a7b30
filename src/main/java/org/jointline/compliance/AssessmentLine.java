package org.jointline.compliance;

import java.math.BigDecimal;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.ItemId;

/** One line of a transfer: an item (goods) or a document (technology), with quantity and value in EUR. */
public record AssessmentLine(ItemId item, DocumentId document, BigDecimal quantity, BigDecimal value) {
}
