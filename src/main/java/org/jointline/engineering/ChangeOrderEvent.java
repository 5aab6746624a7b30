package org.jointline.engineering;

import java.time.Instant;
import java.util.UUID;
import org.jointline.partners.OrganisationId;

/**
 * One step in the history of a change order: who did what, for which organisation (for a decision: the
 * organisation decided for), on which item and revision. An item the reader may not see is {@code itemHidden}.
 */
public record ChangeOrderEvent(int sequence, Instant at, ChangeOrderEventKind kind, UUID personId, String personName,
                               OrganisationId organisationId, String organisationName, ItemId itemId, String itemNumber,
                               String revisionLabel, boolean itemHidden, String reason) {
}
