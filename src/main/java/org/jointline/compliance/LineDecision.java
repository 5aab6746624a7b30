package org.jointline.compliance;

import java.util.List;

/** The decision on one line, with the reasons a person can read and the authorisation that covers it, if any. */
public record LineDecision(int line, Outcome outcome, List<Reason> reasons, AuthorisationRef authorisation) {

    public LineDecision {
        reasons = List.copyOf(reasons);
    }
}
