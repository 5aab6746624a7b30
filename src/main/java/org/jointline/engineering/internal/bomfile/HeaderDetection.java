package org.jointline.engineering.internal.bomfile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jointline.engineering.internal.bomfile.ColumnMapping.Column;

/**
 * Finds the sheet, the header row and the columns. Without a mapping: the first sheet (in workbook order) whose
 * first 30 non-blank rows hold a recognisable header; within it the row recognising the most fields (the first
 * such row on a tie). With a mapping: the first row holding all its named columns; for an index-only mapping the
 * detected header row if there is one, else the row just above the first row that looks like data (a numeric
 * quantity, or designators when no quantity is mapped), or none when the data starts at the top.
 */
final class HeaderDetection {

    static final int SCAN_ROWS = 30;

    /** The chosen sheet, the index of the header row in its rows (-1: none), and the resolved mapping. */
    record Header(Sheet sheet, int rowIndex, ColumnMapping mapping) {

        int rowNumber() {
            return rowIndex < 0 ? 0 : sheet.rows().get(rowIndex).number();
        }

        List<String> cells() {
            return rowIndex < 0 ? List.of() : sheet.rows().get(rowIndex).cells();
        }
    }

    private HeaderDetection() {
    }

    static Header find(List<Sheet> sheets, ColumnMapping requested) {
        if (requested == null) {
            return detect(sheets).orElseThrow(() -> new BomFileRefused(BomMessages.NO_HEADER));
        }
        if (!requested.has(BomField.QUANTITY) && !requested.has(BomField.DESIGNATOR)) {
            throw new BomFileRefused(BomMessages.MAPPING_INCOMPLETE);
        }
        return namedHeaders(requested).isEmpty() ? byIndex(sheets, requested) : byName(sheets, requested);
    }

    static Optional<Header> detect(List<Sheet> sheets) {
        for (Sheet sheet : sheets) {
            int best = -1;
            Map<BomField, Integer> bestFields = Map.of();
            for (int index : firstRows(sheet)) {
                Map<BomField, Integer> fields = ColumnNames.match(sheet.rows().get(index).cells());
                if (ColumnNames.isRecognisable(fields) && fields.size() > bestFields.size()) {
                    best = index;
                    bestFields = fields;
                }
            }
            if (best >= 0) {
                List<String> cells = sheet.rows().get(best).cells();
                return Optional.of(new Header(sheet, best, resolved(bestFields, cells)));
            }
        }
        return Optional.empty();
    }

    private static Header byName(List<Sheet> sheets, ColumnMapping requested) {
        Set<String> wanted = namedHeaders(requested);
        for (Sheet sheet : sheets) {
            for (int index : firstRows(sheet)) {
                List<String> cells = sheet.rows().get(index).cells();
                List<String> names = cells.stream().map(ColumnNames::normalise).toList();
                if (names.containsAll(wanted)) {
                    return new Header(sheet, index, resolved(requested, cells));
                }
            }
        }
        String missing = requested.columns().values().stream()
                .map(Column::header).filter(h -> h != null).collect(Collectors.joining(", "));
        throw new BomFileRefused(BomMessages.MAPPED_COLUMN_NOT_FOUND, missing);
    }

    private static Header byIndex(List<Sheet> sheets, ColumnMapping requested) {
        Optional<Header> detected = detect(sheets);
        if (detected.isPresent()) {
            Header found = detected.get();
            return new Header(found.sheet(), found.rowIndex(), resolved(requested, found.cells()));
        }
        Sheet sheet = sheets.stream().filter(s -> !firstRows(s).isEmpty()).findFirst()
                .orElseThrow(() -> new BomFileRefused(BomMessages.EMPTY));
        int rowIndex = rowAboveFirstData(sheet, requested);
        List<String> cells = rowIndex < 0 ? List.of() : sheet.rows().get(rowIndex).cells();
        return new Header(sheet, rowIndex, resolved(requested, cells));
    }

    /** The last non-blank row above the first row whose quantity is a number (or that has designators); -1: none. */
    private static int rowAboveFirstData(Sheet sheet, ColumnMapping requested) {
        int previous = -1;
        for (int index : firstRows(sheet)) {
            if (looksLikeData(sheet.rows().get(index), requested)) {
                return previous;
            }
            previous = index;
        }
        return -1;
    }

    private static boolean looksLikeData(SheetRow row, ColumnMapping requested) {
        Column quantity = requested.column(BomField.QUANTITY);
        if (quantity != null) {
            return QuantityParser.parse(row.cell(quantity.index())).isPresent();
        }
        return !DesignatorParser.parse(row.cell(requested.column(BomField.DESIGNATOR).index())).isEmpty();
    }

    /** Indexes (into the sheet's rows) of its first 30 non-blank rows. */
    private static List<Integer> firstRows(Sheet sheet) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < sheet.rows().size() && indexes.size() < SCAN_ROWS; i++) {
            if (!sheet.rows().get(i).isBlank()) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    private static Set<String> namedHeaders(ColumnMapping mapping) {
        return mapping.columns().values().stream()
                .filter(c -> c.index() == null)
                .map(c -> ColumnNames.normalise(c.header()))
                .collect(Collectors.toSet());
    }

    private static ColumnMapping resolved(Map<BomField, Integer> fields, List<String> headerCells) {
        Map<BomField, Column> columns = new EnumMap<>(BomField.class);
        fields.forEach((field, index) -> columns.put(field, column(headerCells, index)));
        return new ColumnMapping(columns);
    }

    private static ColumnMapping resolved(ColumnMapping requested, List<String> headerCells) {
        Map<BomField, Integer> fields = new EnumMap<>(BomField.class);
        List<String> names = headerCells.stream().map(ColumnNames::normalise).toList();
        requested.columns().forEach((field, column) -> fields.put(field,
                column.index() != null ? column.index() : names.indexOf(ColumnNames.normalise(column.header()))));
        return resolved(fields, headerCells);
    }

    private static Column column(List<String> headerCells, int index) {
        String header = index < headerCells.size() ? headerCells.get(index).strip() : null;
        return new Column(header, index);
    }
}
