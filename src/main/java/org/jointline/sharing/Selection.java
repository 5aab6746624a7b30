package org.jointline.sharing;

import java.util.List;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.ItemId;

/**
 * What an agreement shares, as the steward chose it: single items (with their documents), item subtrees (the
 * item and every component of the owner below it, as its BOM stands; refreshed when a revision is released),
 * and single documents. Selection by export classification waits for the compliance module.
 */
public record Selection(List<ItemId> items, List<ItemId> subtrees, List<DocumentId> documents) {

    public Selection {
        items = items == null ? List.of() : List.copyOf(items);
        subtrees = subtrees == null ? List.of() : List.copyOf(subtrees);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public boolean isEmpty() {
        return items.isEmpty() && subtrees.isEmpty() && documents.isEmpty();
    }
}
