package org.jointline.production;

import java.time.LocalDate;
import java.util.List;
import org.jointline.engineering.BomRevisionId;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.ItemId;

/** The qualification of a configuration (an end item at a BOM revision) against a basis. */
public record Qualification(QualificationId id, ItemId itemId, String itemNumber, BomRevisionId bomRevisionId, String revisionLabel,
                            String basis, String authority, String reference, QualificationStatus status, LocalDate validFrom,
                            LocalDate validUntil, List<DocumentId> evidence, int version) {

    public boolean validOn(LocalDate day) {
        return status == QualificationStatus.GRANTED && (validFrom == null || !day.isBefore(validFrom))
                && (validUntil == null || !day.isAfter(validUntil));
    }
}
