package org.jointline.engineering;

import jakarta.validation.constraints.NotNull;

/** Links an affected item to a change order with the draft revision of its BOM that carries the change. */
public record ChangeOrderItemLink(@NotNull ItemId itemId, @NotNull BomRevisionId revisionId) {
}
