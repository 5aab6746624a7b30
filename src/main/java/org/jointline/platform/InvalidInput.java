package org.jointline.platform;

/** Input that is well-formed but not acceptable, naming the field (HTTP 422). */
public class InvalidInput extends DomainException {

    private final String field;

    public InvalidInput(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
