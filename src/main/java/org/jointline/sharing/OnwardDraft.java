package org.jointline.sharing;

import org.jointline.partners.OrganisationId;
import tools.jackson.databind.JsonNode;

/**
 * An onward agreement a recipient grants a third organisation of the same programme, under an agreement that
 * permits {@code share-onward}: never broader than that agreement (part of its items and documents, part of its
 * actions, constraints at least as strict, validity within its own).
 */
public record OnwardDraft(String title, OrganisationId assigneeOrganisationId, Selection selection, JsonNode policy) {
}
