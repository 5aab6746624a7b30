package org.jointline.engineering;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of an indented BOM: level 0 is the exploded item itself. {@code extendedQuantity} is the
 * quantity per one root unit. A hidden row is a line the viewer may not see: only that it exists is shown.
 */
public record ExplosionRow(int level, ItemId itemId, String number, String name, ItemKind kind, UnitOfMeasure unit,
                           BigDecimal quantity, BigDecimal extendedQuantity, List<String> designators,
                           boolean doNotPlace, String revision, RevisionStatus revisionStatus, boolean hidden,
                           boolean hasChildren) {
}
