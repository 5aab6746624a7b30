package org.jointline.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jointline.compliance.internal.AssessmentRows;
import org.jointline.compliance.internal.AssessmentRows.Head;
import org.jointline.compliance.internal.AssessmentRows.Row;
import org.jointline.compliance.internal.AuthorisationRows;
import org.jointline.compliance.internal.Drawing;
import org.jointline.compliance.internal.Facts;
import org.jointline.compliance.internal.ReasonText;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.jointline.platform.StateRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recorded assessments and the compliance officer's queue: a held transfer waits until an officer of the exporter
 * releases it (its lines are then drawn down) or refuses it, each with a reason.
 */
@Service
@Transactional
public class AssessmentQueue {

    private final AssessmentRows assessments;
    private final AuthorisationRows authorisations;
    private final AssessmentViews views;
    private final Drawing drawing;
    private final Facts facts;
    private final ApplicationEventPublisher events;

    AssessmentQueue(AssessmentRows assessments, AuthorisationRows authorisations, AssessmentViews views,
                    Drawing drawing, Facts facts, ApplicationEventPublisher events) {
        this.assessments = assessments;
        this.authorisations = authorisations;
        this.views = views;
        this.drawing = drawing;
        this.facts = facts;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageResult<AssessmentSummary> list(Actor actor, Outcome outcome, PageQuery query) {
        PageResult<AssessmentSummary> page = assessments.page(AssessmentViews.owners(actor), outcome, query);
        Map<UUID, String> names = page.items().stream().map(AssessmentSummary::consigneeId).distinct()
                .collect(Collectors.toMap(Function.identity(), facts::organisationName));
        return page.map(s -> new AssessmentSummary(s.id(), s.kind(), s.reference(), s.outcome(), s.originCountry(),
                s.destinationCountry(), s.consigneeId(), names.get(s.consigneeId()), s.lines(), s.requestedBy(),
                s.decidedAt()));
    }

    @Transactional(readOnly = true)
    public AssessmentDetails details(Actor actor, AssessmentId id) {
        Head head = views.visibleHead(actor, id);
        return views.details(head, assessments.rows(id));
    }

    /** Whether the actor decides held transfers of this exporter. */
    public boolean mayReview(Actor actor, UUID exporter) {
        return actor.isAdministrator() || actor.has(Role.COMPLIANCE_OFFICER) && actor.actsFor(exporter);
    }

    /** Releases a held transfer: its covered lines are drawn down now, or the release is refused. */
    public AssessmentDetails release(Actor actor, AssessmentId id, ReviewDecision decision) {
        Head head = heldForReview(actor, id);
        List<Row> rows = assessments.rows(id);
        List<Drawing.Take> takes = new ArrayList<>();
        rows.forEach(r -> r.covering().forEach(a -> takes.add(new Drawing.Take(a, r.line(), r.quantity(), r.value()))));
        drawing.draw(takes).ifPresent(exhausted -> {
            throw new StateRefused("compliance.release-ceiling",
                    authorisations.find(new AuthorisationId(exhausted)).map(Authorisation::reference).orElse("?"));
        });
        drawing.record(id, takes);
        return close(actor, head, rows, Outcome.CLEARED, "compliance.reason.released", decision.reason());
    }

    public AssessmentDetails refuse(Actor actor, AssessmentId id, ReviewDecision decision) {
        Head head = heldForReview(actor, id);
        return close(actor, head, assessments.rows(id), Outcome.BLOCKED, "compliance.reason.refused", decision.reason());
    }

    private Head heldForReview(Actor actor, AssessmentId id) {
        views.visibleHead(actor, id);
        Head head = assessments.lock(id).orElseThrow();
        if (!mayReview(actor, head.ownerId())) {
            throw new Forbidden();
        }
        if (head.outcome() != Outcome.HELD) {
            throw new StateRefused("compliance.not-held", head.outcome());
        }
        return head;
    }

    private AssessmentDetails close(Actor actor, Head head, List<Row> rows, Outcome outcome, String key, String reason) {
        for (Row r : rows) {
            if (r.outcome() == Outcome.HELD) {
                List<ReasonText> reasons = new ArrayList<>(r.reasons());
                reasons.add(ReasonText.of("officer-review", key, actor.displayName(), reason));
                assessments.updateLine(head.id(), new Row(r.line(), r.itemId(), r.documentId(), r.number(), r.quantity(),
                        r.value(), outcome, r.authorisationId(), r.authorisationReference(), r.covering(), reasons));
            }
        }
        assessments.review(head.id(), outcome, actor.displayName(), reason);
        events.publishEvent(new AssessmentDecided(head.id(), outcome, head.kind(), head.reference()));
        return details(actor, head.id());
    }
}
