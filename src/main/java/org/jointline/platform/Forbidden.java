package org.jointline.platform;

/** The actor is known but not allowed to do this. */
public class Forbidden extends DomainException {

    public Forbidden() {
        super("error.forbidden");
    }
}
