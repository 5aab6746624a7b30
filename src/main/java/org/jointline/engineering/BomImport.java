package org.jointline.engineering;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The preview of an uploaded BOM, then the record of its commit. */
public record BomImport(BomImportId id, String filename, String sha256, String format, String sheet, int headerRow,
                        Map<String, String> mapping, List<ImportLine> lines, List<ImportProblem> problems,
                        String status, ItemId assemblyId, BomRevisionId revisionId) {

    public int newItems() {
        return (int) lines.stream().filter(l -> l.existingItemId() == null).map(ImportLine::itemNumber).distinct().count();
    }

    public BigDecimal totalQuantity() {
        return lines.stream().map(ImportLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
