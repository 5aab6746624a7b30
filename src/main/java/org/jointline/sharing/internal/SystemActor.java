package org.jointline.sharing.internal;

import org.jointline.platform.Actor;

/**
 * The sharing module itself when it reads engineering and partners data to resolve agreements and to know who
 * is who: never a person, so its reads are not accesses and are not recorded.
 */
public final class SystemActor {

    public static final Actor ACTOR = Directory.SYSTEM;

    private SystemActor() {
    }

    public static boolean is(Actor actor) {
        return actor.personId().equals(ACTOR.personId()) && actor.username().equals(ACTOR.username());
    }
}
