package org.jointline.engineering.internal.bomfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes unquoted delimiters inside values, as in Eagle exports whose lists were written "C58; C59" into a
 * semicolon-separated file without quotes, padding every row with empty fields to a fixed width. Applied only to
 * delimited text whose header row ends in unnamed (padding) columns and has no field starting with a space: then a
 * field starting with a space, after a non-empty field, continues that field ("C58" + " C59" = "C58; C59").
 */
final class DelimiterRepair {

    private final String delimiter;

    private DelimiterRepair(String delimiter) {
        this.delimiter = delimiter;
    }

    /** The repair for this file, or null when it does not apply. */
    static DelimiterRepair forFile(BomFileFormat format, List<String> headerCells) {
        if (!format.isText() || headerCells.isEmpty()) {
            return null;
        }
        boolean padded = headerCells.getLast().isBlank() && headerCells.stream().anyMatch(c -> !c.isBlank());
        boolean spaced = headerCells.stream().anyMatch(c -> !c.isEmpty() && Character.isWhitespace(c.charAt(0)));
        if (!padded || spaced) {
            return null;
        }
        return new DelimiterRepair(switch (format) {
            case CSV_SEMICOLON -> ";";
            case TSV -> "\t";
            default -> ",";
        });
    }

    /** The row's cells with continuation fields joined; the same list when there were none. */
    List<String> apply(List<String> cells) {
        List<String> joined = new ArrayList<>(cells.size());
        for (String cell : cells) {
            boolean continuation = !cell.isEmpty() && cell.charAt(0) == ' '
                    && !joined.isEmpty() && !joined.getLast().isBlank();
            if (continuation) {
                joined.set(joined.size() - 1, joined.getLast() + delimiter + cell);
            } else {
                joined.add(cell);
            }
        }
        return joined.size() == cells.size() ? cells : joined;
    }
}
