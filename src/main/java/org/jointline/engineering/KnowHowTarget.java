package org.jointline.engineering;

import java.util.Objects;
import org.jointline.partners.OrganisationId;

/**
 * An item, or a document of an item, with its owner: what an access decision is about.
 *
 * @param document {@code null} for the item itself
 * @param label    the number a person recognises (item or document number)
 */
public record KnowHowTarget(OrganisationId owner, ItemId item, DocumentId document, String label) {

    public KnowHowTarget {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(item, "item");
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
