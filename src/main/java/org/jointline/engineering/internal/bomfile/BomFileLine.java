package org.jointline.engineering.internal.bomfile;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One usable BOM row. Text fields are trimmed and null when the cell is empty; manufacturer, MPN and package are
 * also null for placeholders such as "NA", "-" or "未指定" (unspecified). Other text is kept as written.
 *
 * @param row            the row as a person sees it (1-based spreadsheet row or text line)
 * @param designatorText the designator cell as written, e.g. "R1, R2, R5-R7"
 * @param designators    the designators one by one, simple ranges expanded: [R1, R2, R5, R6, R7]
 * @param quantity       the quantity column, or the number of designators when that column is empty
 * @param doNotPlace     from a DNP/Fitted column, a DNP/NC/"do not place"/"不贴" marker in value, description or
 *                       notes, or quantity 0
 * @param rawCells       every non-empty cell of the row by header name ("Column N" where the header is empty
 *                       or repeated), in column order
 */
public record BomFileLine(
        int row,
        String designatorText,
        List<String> designators,
        BigDecimal quantity,
        String value,
        String description,
        String manufacturer,
        String mpn,
        String packageName,
        String notes,
        boolean doNotPlace,
        Map<String, String> rawCells) {

    public BomFileLine {
        designators = List.copyOf(designators);
        rawCells = Collections.unmodifiableMap(new LinkedHashMap<>(rawCells));
    }
}
