package org.jointline.engineering.internal.bomfile;

import java.util.List;

/** A file turned into sheets of text cells, with file-level warnings (e.g. an encoding fallback). */
record LoadedFile(BomFileFormat format, List<Sheet> sheets, List<BomFileProblem> warnings) {

    LoadedFile {
        sheets = List.copyOf(sheets);
        warnings = List.copyOf(warnings);
    }
}
