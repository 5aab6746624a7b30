package org.jointline.platform;

/** The thing does not exist, or the actor may not know that it does. */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super("error.not-found", what, id);
    }
}
