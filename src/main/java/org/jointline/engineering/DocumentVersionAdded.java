package org.jointline.engineering;

import org.jointline.partners.OrganisationId;

/** A new version of a document was stored: sharing and the ledger record its digest. */
public record DocumentVersionAdded(DocumentId documentId, DocumentVersionId versionId, ItemId itemId,
                                   OrganisationId owner, String sha256) {
}
