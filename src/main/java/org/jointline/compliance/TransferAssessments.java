package org.jointline.compliance;

import org.jointline.platform.Actor;

/**
 * The decision every shipment and every technology transfer needs before it leaves: what other modules call.
 * A cleared goods transfer draws the covering authorisations down; a held one waits for a compliance officer.
 */
public interface TransferAssessments {

    /** Assesses the transfer, records the decision with its reasons, and publishes {@link AssessmentDecided}. */
    Assessment assess(Actor actor, AssessmentRequest request);

    /** The current state of an assessment (a held one may since have been released or refused by an officer). */
    Assessment get(Actor actor, AssessmentId id);
}
