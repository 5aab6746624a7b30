package org.jointline.traceability;

/**
 * One breach of the EPCIS 2.0 schema or the standard's rules: the event's index in the document's
 * eventList (null for the document itself), the JSON pointer of the field, and what is wrong.
 */
public record Violation(Integer eventIndex, String field, String message) {

    @Override
    public String toString() {
        return (eventIndex == null ? "" : "event " + eventIndex + ": ") + field + ": " + message;
    }
}
