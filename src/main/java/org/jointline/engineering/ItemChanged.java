package org.jointline.engineering;

import org.jointline.partners.OrganisationId;

/** An item's details were changed (its number, GTIN, tracking, …): whoever keeps facts about it reads them again. */
public record ItemChanged(ItemId itemId, OrganisationId ownerId, String number) {
}
