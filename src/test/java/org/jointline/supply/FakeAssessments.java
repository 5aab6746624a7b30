package org.jointline.supply;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jointline.compliance.Assessment;
import org.jointline.compliance.AssessmentId;
import org.jointline.compliance.AssessmentRequest;
import org.jointline.compliance.LineDecision;
import org.jointline.compliance.Outcome;
import org.jointline.compliance.Reason;
import org.jointline.compliance.TransferAssessments;
import org.jointline.platform.Actor;

/**
 * A stand-in for the compliance module's decision, for tests of supply's side of the contract only: transfers
 * to Ukraine are HELD until {@link #decide} says otherwise; all else is CLEARED.
 */
class FakeAssessments implements TransferAssessments {

    private final Map<AssessmentId, Assessment> decided = new ConcurrentHashMap<>();

    @Override
    public Assessment assess(Actor actor, AssessmentRequest request) {
        Outcome outcome = "UA".equals(request.destinationCountry()) ? Outcome.HELD : Outcome.CLEARED;
        AssessmentId id = AssessmentId.next();
        Assessment assessment = assessment(id, outcome, request.reference(), request.lines().size());
        decided.put(id, assessment);
        return assessment;
    }

    @Override
    public Assessment get(Actor actor, AssessmentId id) {
        return decided.get(id);
    }

    void decide(AssessmentId id, Outcome outcome) {
        Assessment before = decided.get(id);
        decided.put(id, assessment(id, outcome, before.reference(), before.lines().size()));
    }

    private static Assessment assessment(AssessmentId id, Outcome outcome, String reference, int lines) {
        List<LineDecision> decisions = java.util.stream.IntStream.rangeClosed(1, lines)
                .mapToObj(n -> new LineDecision(n, outcome, List.of(new Reason("test", "decided " + outcome)), null)).toList();
        return new Assessment(id, outcome, org.jointline.compliance.TransferKind.GOODS, reference, decisions, Instant.now());
    }
}
