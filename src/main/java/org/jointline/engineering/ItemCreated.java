package org.jointline.engineering;

import org.jointline.partners.OrganisationId;

/** A new item: compliance will ask for its classification. */
public record ItemCreated(ItemId itemId, OrganisationId ownerId, String number) {
}
