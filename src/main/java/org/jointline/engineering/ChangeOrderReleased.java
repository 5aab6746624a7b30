package org.jointline.engineering;

import java.util.List;

/** A change order was released: all its revisions were released in the same transaction. */
public record ChangeOrderReleased(ChangeOrderId changeOrderId, List<BomRevisionId> revisions) {
}
