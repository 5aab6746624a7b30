package org.jointline.engineering.internal.bomfile;

import java.util.List;

/** One row: its number as a person sees it (1-based) and its cells' text by 0-based column ("" when empty). */
record SheetRow(int number, List<String> cells) {

    SheetRow {
        cells = List.copyOf(cells);
    }

    String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    long nonBlankCount() {
        return cells.stream().filter(c -> !c.isBlank()).count();
    }
}
