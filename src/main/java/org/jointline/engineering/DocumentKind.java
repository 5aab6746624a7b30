package org.jointline.engineering;

/** What a technical document is: a drawing, firmware, a test procedure, a specification, or something else. */
public enum DocumentKind {
    DRAWING, FIRMWARE, TEST_PROCEDURE, SPECIFICATION, OTHER
}
