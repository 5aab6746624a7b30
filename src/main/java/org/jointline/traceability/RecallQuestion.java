package org.jointline.traceability;

/**
 * What to recall: a lot or a serial of an item (by item number), any identifier as it appears in
 * EPCIS (Digital Link URI or URN), everything received from a supplier, or one supplier receipt
 * (the receiving document).
 */
public record RecallQuestion(Kind kind, String item, String value) {

    public enum Kind { LOT, SERIAL, IDENTIFIER, SUPPLIER, RECEIPT }

    public RecallQuestion {
        item = item == null || item.isBlank() ? null : item.strip();
        value = value == null ? null : value.strip();
    }
}
