package org.jointline.sharing;

import java.util.List;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.ItemId;

/**
 * What an agreement shares, as the steward chose it: single items (with their documents), item subtrees (the
 * item and every component of the owner below it, as its BOM stands; refreshed when a revision is released),
 * single documents, and classifications (whatever of the owner's is classified so at the time of the decision).
 */
public record Selection(List<ItemId> items, List<ItemId> subtrees, List<DocumentId> documents,
                        List<ClassificationRef> classifications) {

    public Selection {
        items = items == null ? List.of() : List.copyOf(items);
        subtrees = subtrees == null ? List.of() : List.copyOf(subtrees);
        documents = documents == null ? List.of() : List.copyOf(documents);
        classifications = classifications == null ? List.of() : List.copyOf(classifications);
    }

    public Selection(List<ItemId> items, List<ItemId> subtrees, List<DocumentId> documents) {
        this(items, subtrees, documents, List.of());
    }

    public boolean isEmpty() {
        return items.isEmpty() && subtrees.isEmpty() && documents.isEmpty() && classifications.isEmpty();
    }
}
