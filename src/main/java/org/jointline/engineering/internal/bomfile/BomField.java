package org.jointline.engineering.internal.bomfile;

/** The columns of a BOM the reader understands. */
public enum BomField {
    DESIGNATOR,
    QUANTITY,
    VALUE,
    DESCRIPTION,
    MANUFACTURER,
    MPN,
    PACKAGE,
    /** A "DNP" / "Do not place" column, or its opposite ("Fitted", "Populate"); the header name tells which. */
    DO_NOT_PLACE,
    NOTES
}
