package org.jointline.engineering;

import java.time.Instant;
import org.jointline.partners.OrganisationId;

/**
 * A technical document of an item (part of its technical data package), owned by the item's owner.
 * Its content lives in numbered versions; {@code latest} is the newest one, or {@code null} before the first upload.
 */
public record Document(DocumentId id, ItemId itemId, OrganisationId ownerId, String number, String title,
                       DocumentKind kind, Instant createdAt, DocumentVersion latest, int version) {
}
