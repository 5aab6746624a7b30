package org.jointline.compliance.internal;

import java.util.List;
import org.jointline.compliance.Authorisation;
import org.jointline.compliance.Outcome;

/** The decision on one line before drawdown: the outcome, its reasons and the authorisations that cover it. */
public record LineOutcome(Subject subject, Outcome outcome, List<ReasonText> reasons, List<Authorisation> covering) {

    public LineOutcome {
        reasons = List.copyOf(reasons);
        covering = List.copyOf(covering);
    }

    public LineOutcome blocked(ReasonText reason) {
        List<ReasonText> more = new java.util.ArrayList<>(reasons);
        more.add(reason);
        return new LineOutcome(subject, org.jointline.compliance.Outcome.BLOCKED, more, List.of());
    }
}
