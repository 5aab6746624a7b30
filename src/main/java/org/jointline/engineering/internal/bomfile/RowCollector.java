package org.jointline.engineering.internal.bomfile;

import java.util.ArrayList;
import java.util.List;

/** Gathers cells into rows, with limits on rows and columns so that a hostile file cannot exhaust memory. */
final class RowCollector {

    static final int MAX_ROWS = 100_000;
    static final int MAX_COLUMNS = 512;

    private final List<SheetRow> rows = new ArrayList<>();
    private final int[] rowsSoFar;
    private List<String> current = new ArrayList<>();

    /** @param rowsSoFar a one-element counter shared by all sheets of a file */
    RowCollector(int[] rowsSoFar) {
        this.rowsSoFar = rowsSoFar;
    }

    void startRow() {
        current = new ArrayList<>();
    }

    /** Puts {@code text} in column {@code column} of the current row; -1 means "after the last cell". */
    void cell(int column, String text) {
        int at = column < 0 ? current.size() : column;
        if (at >= MAX_COLUMNS || text == null) {
            return;
        }
        while (current.size() <= at) {
            current.add("");
        }
        current.set(at, text);
    }

    void endRow(int number) {
        if (++rowsSoFar[0] > MAX_ROWS) {
            throw new BomFileRefused(BomMessages.TOO_MANY_ROWS, String.valueOf(MAX_ROWS));
        }
        rows.add(new SheetRow(number, current));
    }

    List<SheetRow> rows() {
        return rows;
    }
}
