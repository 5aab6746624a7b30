package org.jointline.engineering.internal.bomfile;

/** What a BOM file turned out to be, judged by its content rather than its name. */
public enum BomFileFormat {
    /** Office Open XML workbook (Excel 2007+, LibreOffice "Excel 2007-365"). */
    XLSX,
    /** Legacy binary Excel 97-2003 workbook. */
    XLS,
    /** Delimited text, comma separated. */
    CSV_COMMA,
    /** Delimited text, semicolon separated (Eagle, European Excel). */
    CSV_SEMICOLON,
    /** Delimited text, tab separated. */
    TSV;

    static BomFileFormat ofDelimiter(char delimiter) {
        return switch (delimiter) {
            case ';' -> CSV_SEMICOLON;
            case '\t' -> TSV;
            default -> CSV_COMMA;
        };
    }

    boolean isText() {
        return this != XLSX && this != XLS;
    }
}
