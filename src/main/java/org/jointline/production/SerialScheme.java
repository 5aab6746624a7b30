package org.jointline.production;

/** How the serials of a work order's units are made: from a pattern, or GS1 (GTIN + serial, a Digital Link). */
public enum SerialScheme {
    PATTERN, GS1
}
