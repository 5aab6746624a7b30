package org.jointline.engineering.internal.bomfile;

import java.util.List;

/** A worksheet (or the one table of a text file) as rows of cell texts. */
record Sheet(String name, List<SheetRow> rows) {

    Sheet {
        rows = List.copyOf(rows);
    }
}
