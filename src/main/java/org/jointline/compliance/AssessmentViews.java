package org.jointline.compliance;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jointline.compliance.internal.AssessmentRows;
import org.jointline.compliance.internal.AssessmentRows.Head;
import org.jointline.compliance.internal.AssessmentRows.Row;
import org.jointline.compliance.internal.Facts;
import org.jointline.compliance.internal.ReasonText;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityId;
import org.jointline.platform.Actor;
import org.jointline.platform.NotFound;
import org.jointline.platform.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who sees an assessment (the exporter's people, auditors and administrators) and how it reads: reasons are
 * stored as message keys and rendered in the reader's language.
 */
@Component
class AssessmentViews {

    private final AssessmentRows assessments;
    private final Facts facts;
    private final MessageSource messages;

    AssessmentViews(AssessmentRows assessments, Facts facts, MessageSource messages) {
        this.assessments = assessments;
        this.facts = facts;
        this.messages = messages;
    }

    /** Owner organisations whose assessments the actor reads; {@code null} means all. */
    static UUID[] owners(Actor actor) {
        return actor.isAdministrator() || actor.has(Role.AUDITOR) ? null : new UUID[]{actor.organisationId()};
    }

    Head visibleHead(Actor actor, AssessmentId id) {
        Head head = assessments.head(id).orElseThrow(() -> new NotFound("assessment", id));
        UUID[] owners = owners(actor);
        if (owners != null && !owners[0].equals(head.ownerId())) {
            throw new NotFound("assessment", id);
        }
        return head;
    }

    Assessment assessment(Head head, List<Row> rows) {
        return new Assessment(head.id(), head.outcome(), head.kind(), head.reference(), rows.stream().map(r ->
                new LineDecision(r.line(), r.outcome(), r.reasons().stream().map(this::reason).toList(),
                        r.authorisationId() == null ? null : new AuthorisationRef(r.authorisationId(),
                                r.authorisationReference()))).toList(), head.decidedAt());
    }

    AssessmentDetails details(Head head, List<Row> rows) {
        String facility = facts.facility(new FacilityId(head.originFacilityId())).map(Facility::name).orElse("?");
        return new AssessmentDetails(head.id(), head.kind(), head.reference(), head.outcome(), head.firstOutcome(),
                head.ownerId(), head.originFacilityId(), facility, head.originCountry(), head.consigneeId(),
                facts.organisationName(head.consigneeId()), head.destinationCountry(), head.requestedBy(),
                head.decidedAt(), head.reviewedBy(), head.reviewedAt(), head.reviewReason(),
                rows.stream().map(r -> new AssessmentDetails.Line(r.line(), r.itemId(), r.documentId(), r.number(),
                        r.quantity(), r.value(), r.outcome(), r.authorisationId(), r.authorisationReference(),
                        r.reasons().stream().map(t -> new AssessmentDetails.Cause(t.rule(), t.key(), t.args(),
                                text(t))).toList())).toList());
    }

    Reason reason(ReasonText text) {
        return new Reason(text.rule(), text(text));
    }

    private String text(ReasonText text) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(text.key(), text.args().toArray(), text.key(), locale);
    }
}
