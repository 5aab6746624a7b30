package org.jointline.production;

import java.time.Instant;
import org.jointline.engineering.ItemId;
import org.jointline.partners.OrganisationId;

/** Event: a nonconformance was opened (about a unit, a lot of an item, or a supplier receipt). */
public record NonconformanceOpened(NonconformanceId id, String number, NonconformanceSubject subject, UnitId unitId, String lot,
                                   ItemId itemId, String receipt, OrganisationId organisation, Instant at) {
}
