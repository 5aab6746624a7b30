package org.jointline.engineering;

import java.time.LocalDate;

public record BomRevisionReleased(BomRevisionId revisionId, ItemId assemblyId, String label, LocalDate effectiveFrom) {
}
