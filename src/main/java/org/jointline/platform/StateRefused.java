package org.jointline.platform;

/** A state change that the current state does not allow (HTTP 409). */
public class StateRefused extends DomainException {

    public StateRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
