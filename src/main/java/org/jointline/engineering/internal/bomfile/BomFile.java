package org.jointline.engineering.internal.bomfile;

import java.math.BigDecimal;
import java.util.List;

/**
 * A BOM file as read: its usable lines and the problems met on the way.
 *
 * @param format    what the content turned out to be
 * @param sheetName the worksheet the BOM was read from; null for text files
 * @param headerRow the header row as a person sees it (1-based); 0 when an index-only mapping found no header
 * @param mapping   the columns used, each with header text and index
 */
public record BomFile(
        BomFileFormat format,
        String sheetName,
        int headerRow,
        ColumnMapping mapping,
        List<BomFileLine> lines,
        List<BomFileProblem> problems) {

    public BomFile {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /** The sum of all line quantities, do-not-place lines included (their quantity is usually 0). */
    public BigDecimal totalQuantity() {
        return lines.stream().map(BomFileLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<BomFileProblem> errors() {
        return problems.stream().filter(p -> p.severity() == BomFileProblem.Severity.ERROR).toList();
    }
}
