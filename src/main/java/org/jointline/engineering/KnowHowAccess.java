package org.jointline.engineering;

import org.jointline.platform.Actor;

/**
 * The policy decision point for engineering know-how, declared here so that engineering does not depend on
 * the module that implements it (sharing). Engineering asks it on every read of another organisation's
 * item or document; without an implementation, only the owner (and administrators) read.
 */
public interface KnowHowAccess {

    /**
     * Whether the actor may do the action on the target, with the reasons; the decision is recorded (granted
     * and refused alike) before it is returned.
     *
     * @param purpose what the actor declares the use is for (a term of the purpose list), or {@code null}
     */
    AccessDecision decide(Actor actor, KnowHowAction action, KnowHowTarget target, String purpose);

    /** Everything the actor may view, in one answer, for lists, search, explosions and where-used. */
    Reach reach(Actor actor);
}
