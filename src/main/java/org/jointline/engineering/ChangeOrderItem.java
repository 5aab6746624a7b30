package org.jointline.engineering;

import org.jointline.partners.OrganisationId;

/**
 * An affected item and the draft revision that carries the change. An item the reader may not see is
 * {@code hidden}: only its owner is shown.
 */
public record ChangeOrderItem(ItemId itemId, String itemNumber, String itemName, OrganisationId ownerId,
                              String ownerName, BomRevisionId revisionId, String revisionLabel,
                              RevisionStatus revisionStatus, boolean hidden) {
}
