package org.jointline.engineering.internal.bomfile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jointline.engineering.internal.bomfile.ColumnMapping.Column;

/**
 * Turns the rows below the header into lines and problems. Ignored without a problem: blank rows, rows with a
 * single non-empty cell (titles, notes), a repeated header, totals rows ("Total...", "Sum", 合计/总计/小计 without
 * designators or MPN), rows with no quantity, designator, MPN or manufacturer (section titles, remarks), and,
 * after a blank row has ended the table, rows that would be errors and have no designators (footer text).
 */
final class LineInterpreter {

    /** What the rows gave. */
    record Result(List<BomFileLine> lines, List<BomFileProblem> problems) {
    }

    /** The mapped cells of one row, trimmed, null when empty. */
    private record Fields(String designators, String quantity, String value, String description,
                          String manufacturer, String mpn, String packageName, String doNotPlace, String notes) {
    }

    /** Manufacturer, MPN and package placeholders, null in the line (the raw cells keep them); 未指定 = unspecified. */
    private static final Set<String> PLACEHOLDERS =
            Set.of("na", "n/a", "-", "--", "—", "none", "tbd", "?", "无", "未指定");

    private final ColumnMapping mapping;
    private final List<String> headerKeys;
    private final DelimiterRepair repair;
    private final boolean doNotPlaceColumnMeansPlaced;
    private final List<BomFileLine> lines = new ArrayList<>();
    private final List<BomFileProblem> problems = new ArrayList<>();
    private int repairedRows;
    private boolean tableEnded;

    private LineInterpreter(HeaderDetection.Header header, BomFileFormat format) {
        this.mapping = header.mapping();
        this.headerKeys = headerKeys(header.cells());
        this.repair = DelimiterRepair.forFile(format, header.cells());
        Column dnp = mapping.column(BomField.DO_NOT_PLACE);
        this.doNotPlaceColumnMeansPlaced = dnp != null && ColumnNames.meansPlaced(dnp.header());
    }

    static Result interpret(HeaderDetection.Header header, BomFileFormat format) {
        LineInterpreter interpreter = new LineInterpreter(header, format);
        List<SheetRow> rows = header.sheet().rows();
        rows.subList(header.rowIndex() + 1, rows.size()).forEach(interpreter::accept);
        return interpreter.result();
    }

    private Result result() {
        List<BomFileProblem> all = new ArrayList<>();
        if (repairedRows > 0) {
            all.add(BomFileProblem.warning(0, BomMessages.DELIMITERS_REPAIRED, String.valueOf(repairedRows)));
        }
        all.addAll(problems);
        return new Result(lines, all);
    }

    private void accept(SheetRow row) {
        List<String> cells = repair == null ? row.cells() : repair.apply(row.cells());
        repairedRows += cells == row.cells() ? 0 : 1;
        if (cells.stream().allMatch(String::isBlank)) {
            tableEnded |= !lines.isEmpty() || !problems.isEmpty();
            return;
        }
        Fields fields = fields(cells);
        if (cells.stream().filter(c -> !c.isBlank()).count() < 2 || isHeaderAgain(cells) || isTotal(cells, fields)
                || isRemark(fields)) {
            return;
        }
        line(row.number(), fields, cells);
    }

    private void line(int number, Fields fields, List<String> cells) {
        List<String> designators = DesignatorParser.parse(fields.designators());
        Optional<BigDecimal> quantity = quantity(number, fields, designators);
        if (quantity.isEmpty()) {
            return;
        }
        BigDecimal amount = quantity.get();
        boolean doNotPlace = amount.signum() == 0
                || DoNotPlace.inText(fields.value(), fields.description(), fields.notes())
                || DoNotPlace.inColumn(fields.doNotPlace(), doNotPlaceColumnMeansPlaced);
        warn(number, fields, designators, amount, doNotPlace);
        lines.add(new BomFileLine(number, fields.designators(), designators, amount, fields.value(),
                fields.description(), real(fields.manufacturer()), real(fields.mpn()), real(fields.packageName()),
                fields.notes(), doNotPlace, rawCells(cells)));
    }

    /** The quantity column, else the designator count; empty (with an error, unless footer) when neither works. */
    private Optional<BigDecimal> quantity(int number, Fields fields, List<String> designators) {
        if (fields.quantity() == null) {
            if (designators.isEmpty()) {
                error(number, designators, BomMessages.QUANTITY_MISSING);
                return Optional.empty();
            }
            return Optional.of(BigDecimal.valueOf(designators.size()));
        }
        Optional<BigDecimal> parsed = QuantityParser.parse(fields.quantity());
        if (parsed.isEmpty()) {
            error(number, designators, BomMessages.QUANTITY_NOT_A_NUMBER, fields.quantity());
        } else if (parsed.get().signum() < 0) {
            error(number, designators, BomMessages.QUANTITY_NEGATIVE, parsed.get().toPlainString());
            return Optional.empty();
        }
        return parsed;
    }

    private void error(int number, List<String> designators, String key, String... args) {
        if (!tableEnded || !designators.isEmpty()) {
            problems.add(BomFileProblem.error(number, key, args));
        }
    }

    private void warn(int number, Fields fields, List<String> designators, BigDecimal quantity, boolean doNotPlace) {
        BigDecimal count = BigDecimal.valueOf(designators.size());
        boolean expectedZero = doNotPlace && quantity.signum() == 0;
        if (fields.quantity() != null && !designators.isEmpty() && quantity.compareTo(count) != 0 && !expectedZero) {
            problems.add(BomFileProblem.warning(number, BomMessages.QUANTITY_MISMATCH,
                    quantity.toPlainString(), String.valueOf(designators.size())));
        }
        if (designators.isEmpty() && DesignatorParser.looksMeantAsDesignators(fields.designators())) {
            problems.add(BomFileProblem.warning(number, BomMessages.DESIGNATORS_UNRECOGNISED, fields.designators()));
        }
    }

    private Fields fields(List<String> cells) {
        return new Fields(text(cells, BomField.DESIGNATOR), text(cells, BomField.QUANTITY),
                text(cells, BomField.VALUE), text(cells, BomField.DESCRIPTION), text(cells, BomField.MANUFACTURER),
                text(cells, BomField.MPN), text(cells, BomField.PACKAGE), text(cells, BomField.DO_NOT_PLACE),
                text(cells, BomField.NOTES));
    }

    private String text(List<String> cells, BomField field) {
        Column column = mapping.column(field);
        if (column == null || column.index() < 0 || column.index() >= cells.size()) {
            return null;
        }
        String text = clean(cells.get(column.index()));
        return text.isEmpty() ? null : text;
    }

    private boolean isHeaderAgain(List<String> cells) {
        for (BomField field : List.of(BomField.QUANTITY, BomField.DESIGNATOR)) {
            String cell = text(cells, field);
            Column column = mapping.column(field);
            boolean sameAsHeader = cell != null && column.header() != null
                    && ColumnNames.normalise(cell).equals(ColumnNames.normalise(column.header()));
            if (sameAsHeader || (cell != null && ColumnNames.isSynonym(field, cell))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTotal(List<String> cells, Fields fields) {
        if (fields.designators() != null || fields.mpn() != null) {
            return false;
        }
        return cells.stream().map(ColumnNames::normalise).anyMatch(c -> c.startsWith("total") || c.equals("sum")
                || c.contains("合计") || c.contains("总计") || c.contains("小计"));
    }

    private static boolean isRemark(Fields fields) {
        return fields.quantity() == null && fields.designators() == null && fields.mpn() == null
                && fields.manufacturer() == null;
    }

    private Map<String, String> rawCells(List<String> cells) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String text = clean(cells.get(i));
            if (!text.isEmpty()) {
                raw.put(rawKey(i), text);
            }
        }
        return raw;
    }

    private String rawKey(int column) {
        return column < headerKeys.size() ? headerKeys.get(column) : "Column " + (column + 1);
    }

    /** Each header cell's text, or "Column N" where it is empty or repeated. */
    private static List<String> headerKeys(List<String> headerCells) {
        List<String> names = headerCells.stream().map(LineInterpreter::clean).toList();
        Map<String, Long> counts = names.stream()
                .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            boolean unique = !names.get(i).isEmpty() && counts.get(names.get(i)) == 1;
            keys.add(unique ? names.get(i) : "Column " + (i + 1));
        }
        return keys;
    }

    private static String real(String text) {
        return text == null || PLACEHOLDERS.contains(text.toLowerCase()) ? null : text;
    }

    private static String clean(String cell) {
        return cell.replace('\u00A0', ' ').strip();
    }
}
