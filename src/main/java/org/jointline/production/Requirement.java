package org.jointline.production;

import org.jointline.engineering.ItemId;
import org.jointline.partners.OrganisationId;

/** A customer requires this basis (STANAG 4703, a national acceptance protocol) of an end item before accepting it. */
public record Requirement(RequirementId id, OrganisationId customerId, ItemId itemId, String basis) {
}
