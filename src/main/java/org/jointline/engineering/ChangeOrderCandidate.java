package org.jointline.engineering;

import org.jointline.partners.OrganisationId;

/** A draft revision the reader could link to a change order. */
public record ChangeOrderCandidate(ItemId itemId, String itemNumber, String itemName, OrganisationId ownerId,
                                   BomRevisionId revisionId, String revisionLabel) {
}
