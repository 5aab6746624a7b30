package org.jointline.engineering;

import java.util.Objects;
import org.jointline.partners.OrganisationId;

/**
 * An item, or a document of an item, with its owner: what an access decision is about.
 *
 * @param document {@code null} for the item itself
 * @param label       the number a person recognises (item or document number)
 * @param contentType for a download, the type of the version asked for (a duty to watermark needs it); else {@code null}
 * @param version     for a download, the number of the version asked for; else {@code null}
 */
public record KnowHowTarget(OrganisationId owner, ItemId item, DocumentId document, String label, String contentType,
                            Integer version) {

    public KnowHowTarget {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(item, "item");
    }

    public KnowHowTarget(OrganisationId owner, ItemId item, DocumentId document, String label) {
        this(owner, item, document, label, null, null);
    }

    /** The same document, downloaded as this version of this content type. */
    public KnowHowTarget downloading(DocumentVersion version) {
        return new KnowHowTarget(owner, item, document, label, version.contentType(), version.number());
    }

    public static KnowHowTarget of(Item item) {
        return new KnowHowTarget(item.ownerId(), item.id(), null, item.number());
    }

    public static KnowHowTarget of(Document document) {
        return new KnowHowTarget(document.ownerId(), document.itemId(), document.id(), document.number());
    }

    public boolean isDocument() {
        return document != null;
    }
}
