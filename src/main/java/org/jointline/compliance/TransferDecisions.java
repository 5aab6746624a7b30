package org.jointline.compliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jointline.compliance.internal.AssessmentRows;
import org.jointline.compliance.internal.AssessmentRows.Head;
import org.jointline.compliance.internal.AssessmentRows.Row;
import org.jointline.compliance.internal.AuthorisationRows;
import org.jointline.compliance.internal.ClassificationRows;
import org.jointline.compliance.internal.DecisionContext;
import org.jointline.compliance.internal.Decider;
import org.jointline.compliance.internal.Drawing;
import org.jointline.compliance.internal.Facts;
import org.jointline.compliance.internal.LineOutcome;
import org.jointline.compliance.internal.SanctionsCheck;
import org.jointline.compliance.internal.ReasonText;
import org.jointline.compliance.internal.ReferenceRows;
import org.jointline.compliance.internal.Route;
import org.jointline.compliance.internal.Subject;
import org.jointline.engineering.Document;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.partners.Facility;
import org.jointline.partners.Organisation;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The transfer assessment: gathers the facts, decides each line, draws cleared transfers down, records it all. */
@Service
@Transactional
class TransferDecisions implements TransferAssessments {

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private final Facts facts;
    private final Decider decider;
    private final Drawing drawing;
    private final ClassificationRows classifications;
    private final AuthorisationRows authorisations;
    private final ReferenceRows reference;
    private final AssessmentRows assessments;
    private final SanctionsCheck screening;
    private final AssessmentViews views;
    private final ApplicationEventPublisher events;

    TransferDecisions(Facts facts, Decider decider, Drawing drawing, ClassificationRows classifications,
                      AuthorisationRows authorisations, ReferenceRows reference, AssessmentRows assessments,
                      SanctionsCheck screening, AssessmentViews views, ApplicationEventPublisher events) {
        this.facts = facts;
        this.decider = decider;
        this.drawing = drawing;
        this.classifications = classifications;
        this.authorisations = authorisations;
        this.reference = reference;
        this.assessments = assessments;
        this.screening = screening;
        this.views = views;
        this.events = events;
    }

    @Override
    public Assessment assess(Actor actor, AssessmentRequest request) {
        if (request.kind() == null) {
            throw new InvalidInput("kind", "compliance.kind-required");
        }
        Facility origin = Optional.ofNullable(request.origin()).flatMap(facts::facility)
                .orElseThrow(() -> new InvalidInput("origin", "compliance.unknown-facility", request.origin()));
        if (!actor.isAdministrator() && !actor.actsFor(origin.organisationId().value())) {
            throw new Forbidden();
        }
        Organisation consignee = Optional.ofNullable(request.consignee()).flatMap(facts::organisation)
                .orElseThrow(() -> new InvalidInput("consignee", "compliance.unknown-organisation", request.consignee()));
        String destination = request.destinationCountry() == null || request.destinationCountry().isBlank()
                ? consignee.country() : request.destinationCountry().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(destination)) {
            throw new InvalidInput("destinationCountry", "compliance.unknown-country", request.destinationCountry());
        }
        if (request.lines().isEmpty()) {
            throw new InvalidInput("lines", "compliance.lines-required");
        }
        List<Subject> subjects = subjects(request);
        UUID exporter = origin.organisationId().value();
        Map<String, Rule> rules = reference.rules();
        Route route = new Route(origin.country(), destination, euMembers(rules));
        DecisionContext context = new DecisionContext(LocalDate.now(), exporter, consignee.id().value(),
                consignee.name(), route, reference.embargo(destination).orElse(null),
                screening.state(consignee.id().value()), rules, authorisations.usableBy(exporter),
                authorisations.certificatesFor(consignee.id().value(), destination));
        List<LineOutcome> lines = new ArrayList<>(subjects.stream().map(s -> decider.decide(context, s)).toList());
        AssessmentId id = AssessmentId.next();
        List<Drawing.Take> takes = takes(lines);
        if (worst(lines) == Outcome.CLEARED) {
            drawing.draw(takes).ifPresent(exhausted -> lines.replaceAll(l -> l.covering().stream()
                    .anyMatch(a -> a.id().value().equals(exhausted)) ? l.blocked(ceilingReason(exhausted, l)) : l));
        }
        Outcome outcome = worst(lines);
        Head head = new Head(id, exporter, request.kind(), request.reference(), origin.id().value(), origin.country(),
                consignee.id().value(), destination, outcome, outcome, actor.displayName(), Instant.now(), null, null, null);
        assessments.insert(head, lines.stream().map(TransferDecisions::row).toList());
        if (outcome == Outcome.CLEARED) {
            drawing.record(id, takes);
        }
        events.publishEvent(new AssessmentDecided(id, outcome, request.kind(), request.reference()));
        return views.assessment(head, assessments.rows(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Assessment get(Actor actor, AssessmentId id) {
        Head head = views.visibleHead(actor, id);
        return views.assessment(head, assessments.rows(id));
    }

    private List<Subject> subjects(AssessmentRequest request) {
        List<ItemId> itemIds = request.lines().stream().filter(Objects::nonNull).map(AssessmentLine::item)
                .filter(Objects::nonNull).toList();
        Map<ItemId, Item> items = facts.items(itemIds);
        Map<UUID, UsContent> usContent = classifications.usContents(itemIds.stream().map(ItemId::value).toList());
        List<UUID> subjectIds = request.lines().stream().filter(Objects::nonNull)
                .map(l -> l.item() != null ? l.item().value() : l.document() == null ? null : l.document().value())
                .filter(Objects::nonNull).distinct().toList();
        Map<UUID, List<ClassificationEntry>> entries = classifications.current(subjectIds);
        List<Subject> subjects = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            subjects.add(subject(request.kind(), i, request.lines().get(i), items, usContent, entries));
        }
        return subjects;
    }

    private Subject subject(TransferKind kind, int i, AssessmentLine line, Map<ItemId, Item> items,
                            Map<UUID, UsContent> usContent, Map<UUID, List<ClassificationEntry>> entries) {
        String field = "lines[" + i + "]";
        if (line == null || line.item() == null && line.document() == null) {
            throw new InvalidInput(field + ".item", kind == TransferKind.GOODS ? "compliance.item-required"
                    : "compliance.document-required");
        }
        if (kind == TransferKind.GOODS && line.item() == null) {
            throw new InvalidInput(field + ".item", "compliance.item-required");
        }
        BigDecimal quantity = line.quantity() == null && kind == TransferKind.TECHNOLOGY ? BigDecimal.ONE : line.quantity();
        if (quantity == null || quantity.signum() <= 0) {
            throw new InvalidInput(field + ".quantity", "compliance.quantity-positive");
        }
        BigDecimal value = line.value() == null ? BigDecimal.ZERO : line.value();
        if (value.signum() < 0) {
            throw new InvalidInput(field + ".value", "compliance.value-negative");
        }
        if (line.item() != null) {
            Item item = items.get(line.item());
            if (item == null) {
                throw new InvalidInput(field + ".item", "compliance.unknown-item", line.item());
            }
            return new Subject(i + 1, SubjectKind.ITEM, item.id().value(), item.number(), item.countryOfOrigin(),
                    quantity, value, entries.getOrDefault(item.id().value(), List.of()), usContent.get(item.id().value()));
        }
        Document document = facts.document(line.document())
                .orElseThrow(() -> new InvalidInput(field + ".document", "compliance.unknown-document", line.document()));
        return new Subject(i + 1, SubjectKind.DOCUMENT, document.id().value(), document.number(), null, quantity, value,
                entries.getOrDefault(document.id().value(), List.of()), null);
    }

    private static Set<String> euMembers(Map<String, Rule> rules) {
        Rule members = rules.get("eu-members");
        return members == null ? Set.of() : Set.of(members.parameter().replace(" ", "").split(","));
    }

    private ReasonText ceilingReason(UUID exhausted, LineOutcome line) {
        Authorisation now = authorisations.find(new AuthorisationId(exhausted)).orElseThrow();
        return ReasonText.of("ceiling-exceeded", "compliance.reason.ceiling-race", now.reference(),
                line.subject().quantity().stripTrailingZeros().toPlainString(), line.subject().value().toPlainString());
    }

    static List<Drawing.Take> takes(List<LineOutcome> lines) {
        List<Drawing.Take> takes = new ArrayList<>();
        lines.forEach(l -> l.covering().forEach(a -> takes.add(new Drawing.Take(a.id().value(), l.subject().line(),
                l.subject().quantity(), l.subject().value()))));
        return takes;
    }

    static Outcome worst(List<LineOutcome> lines) {
        return lines.stream().map(LineOutcome::outcome).max(Enum::compareTo).orElse(Outcome.CLEARED);
    }

    private static Row row(LineOutcome l) {
        Subject s = l.subject();
        Authorisation first = l.covering().isEmpty() ? null : l.covering().getFirst();
        return new Row(s.line(), s.kind() == SubjectKind.ITEM ? s.id() : null,
                s.kind() == SubjectKind.DOCUMENT ? s.id() : null, s.number(), s.quantity(), s.value(), l.outcome(),
                first == null ? null : first.id().value(), first == null ? null : first.reference(),
                l.covering().stream().map(a -> a.id().value()).toList(), l.reasons());
    }
}
