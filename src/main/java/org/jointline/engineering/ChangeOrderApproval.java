package org.jointline.engineering;

import java.time.Instant;
import java.util.UUID;
import org.jointline.partners.OrganisationId;

/**
 * The decision of one owner organisation, taken by one of its engineers. The organisation's name is
 * {@code null} when the reader may not see that organisation.
 */
public record ChangeOrderApproval(OrganisationId organisationId, String organisationName, ChangeOrderDecision decision,
                                  UUID decidedBy, String decidedByName, Instant decidedAt, String reason) {
}
