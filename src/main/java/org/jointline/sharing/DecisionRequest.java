package org.jointline.sharing;

import jakarta.validation.constraints.NotBlank;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.ItemId;

/**
 * A question to the policy decision point: may I do {@code action} (a term of {@link PolicyTerms#ACTIONS}) on the
 * item, or on the document when one is named, for the purpose (optional, a term of {@link PolicyTerms#PURPOSES})?
 */
public record DecisionRequest(@NotBlank String action, ItemId itemId, DocumentId documentId, String purpose) {
}
