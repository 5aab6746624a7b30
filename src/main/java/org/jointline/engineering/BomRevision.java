package org.jointline.engineering;

import java.time.Instant;
import java.time.LocalDate;

public record BomRevision(BomRevisionId id, ItemId assemblyId, String label, RevisionStatus status,
                          LocalDate effectiveFrom, String serialFrom, String serialTo, BomRevisionId copiedFrom,
                          String note, Instant releasedAt, int lineCount, int version) {
}
