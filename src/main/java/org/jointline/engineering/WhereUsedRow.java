package org.jointline.engineering;

import java.math.BigDecimal;

/** An assembly that uses the item, directly (level 1) or through others. */
public record WhereUsedRow(int level, ItemId assemblyId, String number, String name, ItemKind kind, String revision,
                           RevisionStatus revisionStatus, BigDecimal quantity) {
}
