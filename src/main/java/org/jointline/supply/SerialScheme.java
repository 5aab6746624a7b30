package org.jointline.supply;

/** How bulk serial numbers are made: from a pattern (prefix + zero-padded counter), given as a list, or GS1 SGTIN. */
public enum SerialScheme {
    PATTERN, LIST, SGTIN
}
