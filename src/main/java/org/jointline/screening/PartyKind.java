package org.jointline.screening;

/** What was screened: an organisation or a person (a possible recipient of technology). */
public enum PartyKind {
    ORGANISATION,
    PERSON
}
