package org.jointline.platform.security;

import org.jointline.platform.Actor;

/** A principal that knows which Jointline actor it is, however it logged in. */
public interface HasActor {

    Actor actor();
}
