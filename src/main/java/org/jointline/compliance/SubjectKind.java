package org.jointline.compliance;

/** What is classified: an item (goods) or a document (technology). */
public enum SubjectKind {
    ITEM,
    DOCUMENT
}
