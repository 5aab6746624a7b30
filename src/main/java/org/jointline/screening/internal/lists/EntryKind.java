package org.jointline.screening.internal.lists;

public enum EntryKind {
    PERSON,
    ORGANISATION,
    VESSEL,
    AIRCRAFT
}
