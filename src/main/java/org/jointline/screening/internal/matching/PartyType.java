package org.jointline.screening.internal.matching;

/** Whether names are of people (initials, patronymics) or of organisations (legal forms, generic words). */
public enum PartyType {
    PERSON,
    ORGANISATION
}
