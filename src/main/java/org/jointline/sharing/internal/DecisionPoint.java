package org.jointline.sharing.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jointline.compliance.Assessment;
import org.jointline.compliance.AssessmentLine;
import org.jointline.compliance.AssessmentRequest;
import org.jointline.compliance.Classifications;
import org.jointline.compliance.Regime;
import org.jointline.compliance.SubjectKind;
import org.jointline.compliance.TransferAssessments;
import org.jointline.compliance.TransferKind;
import org.jointline.engineering.AccessDecision;
import org.jointline.engineering.DocumentContent;
import org.jointline.engineering.KnowHowAccess;
import org.jointline.engineering.KnowHowAction;
import org.jointline.engineering.KnowHowTarget;
import org.jointline.engineering.Reach;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.PersonId;
import org.jointline.platform.Actor;
import org.jointline.platform.DomainException;
import org.jointline.screening.PartyScreening;
import org.jointline.screening.ScreeningState;
import org.jointline.sharing.ClassificationRef;
import org.jointline.sharing.Constraint;
import org.jointline.sharing.PolicyTerms;
import org.jointline.sharing.Rule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The policy decision point: the one place that answers whether someone of another organisation may view,
 * download, use for manufacture, modify or share onward an item or document, and why. The owner's people
 * always may; administrators may (and are recorded); anyone else only under an active agreement whose
 * permission covers the action with every constraint met and no prohibition applying (a prohibition beats
 * a permission, across agreements too). A download of a document to a country other than the owner's is a
 * technology transfer that compliance must clear; without a compliance module the answer is no.
 *
 * <p>Active agreements are held in memory, indexed by target and by assignee, and reloaded whenever the
 * policy version in the database moves (any node's change), so revocation takes effect at the next decision.
 */
@Component
public class DecisionPoint implements KnowHowAccess {

    private static final String REQUEST_CACHE = DecisionPoint.class.getName() + ".decided";

    private final Agreements agreements;
    private final Directory directory;
    private final LedgerWriter ledger;
    private final ObjectProvider<TransferAssessments> transfers;
    private final PartyScreening parties;
    private final ObjectProvider<Classifications> classifications;
    private final TransferClearances clearances;
    private final TransactionTemplate ownTransaction;
    private static final long RECHECK_NANOS = 1_000_000_000L;

    private volatile Index index;
    private volatile Clock clock = Clock.systemUTC();
    private volatile boolean changed = true;
    private volatile long checkedAt;

    /**
     * The active agreements as loaded ({@code loaded}), indexed with what their classifications resolved to
     * ({@code classified}, by regime and code: subject to owner; empty when no agreement selects by classification).
     */
    private record Index(long version, List<Agreements.Active> loaded, Map<ClassificationRef, Map<UUID, Subject>> classified,
                         Map<UUID, List<Agreements.Active>> byTarget, Map<UUID, List<Agreements.Active>> byAssignee,
                         Map<UUID, List<Agreements.Active>> byProgramme) {

        boolean selectsByClassification() {
            return !classified.isEmpty();
        }
    }

    /** A classified item or document and its owner. */
    private record Subject(boolean document, UUID owner) {
    }

    /** A decision before it is recorded. */
    private record Outcome(boolean permitted, List<String> reasons, UUID agreement, String watermark) {
    }

    DecisionPoint(Agreements agreements, Directory directory, LedgerWriter ledger,
                  ObjectProvider<TransferAssessments> transfers, PartyScreening parties,
                  PlatformTransactionManager transactions, ObjectProvider<Classifications> classifications,
                  TransferClearances clearances) {
        this.clearances = clearances;
        this.classifications = classifications;
        this.parties = parties;
        this.agreements = agreements;
        this.directory = directory;
        this.ledger = ledger;
        this.transfers = transfers;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** For tests of expiry: the clock decisions read the date from. */
    public void useClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public AccessDecision decide(Actor actor, KnowHowAction action, KnowHowTarget target, String purpose) {
        if (SystemActor.is(actor)) {
            return AccessDecision.permit("system");
        }
        String key = actor.personId() + "|" + action + "|" + target.item() + "|" + target.document() + "|" + purpose
                + "|" + current().version() + "|" + today();
        Map<String, AccessDecision> decided = action == KnowHowAction.DOWNLOAD ? null : requestCache();
        if (decided != null && decided.containsKey(key)) {
            return decided.get(key);
        }
        Outcome outcome = evaluate(actor, action, target, purpose);
        ledger.append(EntryDraft.by(actor, target.owner().value(), "decision", action.term(),
                target.isDocument() ? "document" : "item", target.isDocument() ? target.document().value() : target.item().value(),
                target.label(), outcome.permitted() ? "granted" : "refused", outcome.reasons(), outcome.agreement()));
        AccessDecision decision = new AccessDecision(outcome.permitted(), outcome.reasons(), outcome.watermark());
        if (decided != null) {
            decided.put(key, decision);
        }
        return decision;
    }

    /** The decision without recording it: for checks that record it themselves. */
    public AccessDecision evaluateOnly(Actor actor, KnowHowAction action, KnowHowTarget target, String purpose) {
        Outcome outcome = evaluate(actor, action, target, purpose);
        return new AccessDecision(outcome.permitted(), outcome.reasons(), outcome.watermark());
    }

    @Override
    public Reach reach(Actor actor) {
        if (actor.isAdministrator()) {
            return Reach.everything();
        }
        UUID org = actor.organisationId();
        Directory.Party party = directory.party(org);
        Context context = new Context(KnowHowAction.VIEW.term(), null, today(), party == null ? null : party.country());
        Set<UUID> items = new HashSet<>();
        Set<UUID> documents = new HashSet<>();
        Set<UUID> barredItems = new HashSet<>();
        Set<UUID> barredDocuments = new HashSet<>();
        for (Agreements.Active a : offeredTo(current(), org, party)) {
            if (prohibition(a, context) != null) {
                barredItems.addAll(a.items());
                barredDocuments.addAll(a.documents());
            } else if (permission(a, context, new ArrayList<>()) != null) {
                items.addAll(a.items());
                documents.addAll(a.documents());
            }
        }
        items.removeAll(barredItems);
        documents.removeAll(barredDocuments);
        return new Reach(Set.of(org), items, documents);
    }

    private Outcome evaluate(Actor actor, KnowHowAction action, KnowHowTarget target, String purpose) {
        UUID org = actor.organisationId();
        if (actor.actsFor(target.owner().value())) {
            return new Outcome(true, List.of("owner"), null, null);
        }
        Directory.Party party = directory.party(org);
        String country = party == null ? null : party.country();
        if (actor.isAdministrator()) {
            String refusal = action == KnowHowAction.DOWNLOAD ? transferRefusal(actor, target, country) : null;
            return refusal == null ? new Outcome(true, List.of("administrator"), null, null)
                    : new Outcome(false, List.of(refusal), null, null);
        }
        String term = action.term();
        Context context = new Context(term, purpose, today(), country);
        List<Agreements.Active> candidates = covering(current(), target).stream()
                .filter(a -> offered(a, org, party)).toList();
        if (candidates.isEmpty()) {
            return new Outcome(false, List.of("no-agreement"), null, null);
        }
        for (Agreements.Active a : candidates) {
            if (prohibition(a, context) != null) {
                return new Outcome(false, List.of("prohibited:" + a.reference()), a.id(), null);
            }
        }
        List<String> why = new ArrayList<>();
        List<Permit> permits = new ArrayList<>();
        for (Agreements.Active a : candidates) {
            Rule rule = permission(a, context, why);
            if (rule != null) {
                permits.add(new Permit(a, rule));
            }
        }
        if (permits.isEmpty()) {
            return new Outcome(false, List.copyOf(new LinkedHashSet<>(why)), candidates.getFirst().id(), null);
        }
        if (action != KnowHowAction.DOWNLOAD) {
            Permit p = permits.getFirst();
            return new Outcome(true, List.of("agreement-permits:" + p.agreement().reference()), p.agreement().id(), null);
        }
        if (target.contentType() != null && !DocumentContent.watermarkable(target.contentType())) {
            // a duty to watermark that cannot be met on this format leaves only the permissions without it
            List<Permit> unmarked = permits.stream().filter(p -> !p.rule().duties().contains("watermark")).toList();
            if (unmarked.isEmpty()) {
                return new Outcome(false, List.of("watermark-not-possible:" + target.contentType()),
                        permits.getFirst().agreement().id(), null);
            }
            permits = unmarked;
        }
        if (target.isDocument()) {
            String refusal = transferRefusal(actor, target, country);
            if (refusal != null) {
                return new Outcome(false, List.of(refusal), permits.getFirst().agreement().id(), null);
            }
        }
        Permit counted = countDownload(permits, org);
        if (counted == null) {
            return new Outcome(false, permits.stream().map(p -> "download-limit-reached:" + p.agreement().reference()).toList(),
                    permits.getFirst().agreement().id(), null);
        }
        String watermark = counted.rule().duties().contains("watermark") ? watermark(actor, party, counted.agreement()) : null;
        List<String> reasons = new ArrayList<>(List.of("agreement-permits:" + counted.agreement().reference()));
        if (watermark != null) {
            reasons.add("watermarked");
        }
        return new Outcome(true, reasons, counted.agreement().id(), watermark);
    }

    private record Permit(Agreements.Active agreement, Rule rule) {
    }

    private record Context(String action, String purpose, LocalDate today, String country) {
    }

    /** The first permit without a download limit, else the first whose limit still allows one more (counted). */
    private Permit countDownload(List<Permit> permits, UUID org) {
        for (Permit p : permits) {
            if (p.rule().on(PolicyTerms.COUNT).isEmpty()) {
                return p;
            }
        }
        for (Permit p : permits) {
            int max = p.rule().on(PolicyTerms.COUNT).stream().mapToInt(c -> Integer.parseInt(c.first())).min().orElseThrow();
            Boolean counted = ownTransaction.execute(s -> agreements.countDownload(p.agreement().id(), org, max));
            if (Boolean.TRUE.equals(counted)) {
                return p;
            }
        }
        return null;
    }

    private String transferRefusal(Actor actor, KnowHowTarget target, String recipientCountry) {
        Directory.Party owner = directory.party(target.owner().value());
        if (owner == null || recipientCountry == null || Objects.equals(owner.country(), recipientCountry)) {
            return null;
        }
        String recipient = recipientRefusal(actor);
        if (recipient != null) {
            return recipient;
        }
        TransferAssessments compliance = transfers.getIfAvailable();
        if (compliance == null) {
            return "technology-transfer-not-cleared:no-compliance-assessment";
        }
        try {
            FacilityId origin = directory.originOf(owner.id());
            if (origin == null) {
                return "technology-transfer-not-cleared:no-origin-facility";
            }
            UUID recipientOrg = actor.organisationId();
            if (target.document() != null && clearances.valid(target.document().value(), target.version(), recipientOrg).isPresent()) {
                return null;
            }
            AssessmentRequest request = new AssessmentRequest(origin,
                    new OrganisationId(actor.organisationId()), recipientCountry, TransferKind.TECHNOLOGY,
                    List.of(new AssessmentLine(target.item(), target.document(), BigDecimal.ONE, BigDecimal.ZERO)),
                    "document " + target.label() + " to " + directory.name(actor.organisationId()));
            // Its own transaction: the decision is recorded even when the caller's (read-only) work is refused.
            Assessment assessment = ownTransaction.execute(s -> compliance.assess(exporter(owner.id()), request));
            if (target.document() != null) {
                ownTransaction.executeWithoutResult(s -> clearances.assessed(assessment.id().value(), target.document().value(),
                        target.version(), recipientOrg, assessment.cleared()));
            }
            if (assessment.cleared()) {
                return null;
            }
            return "technology-transfer-" + assessment.outcome().name().toLowerCase(Locale.ROOT) + ":" + assessment.id();
        } catch (DomainException e) {
            return "technology-transfer-not-cleared:" + e.messageKey();
        }
    }

    /** The person receiving know-how abroad must be clear of the sanctions lists, as their organisation must. */
    private String recipientRefusal(Actor actor) {
        try {
            // its own transaction: a person never screened is screened now, and the caller's may be read-only
            ScreeningState state = ownTransaction.execute(s -> parties.state(new PersonId(actor.personId())).state());
            return state == ScreeningState.CLEAR ? null
                    : "technology-transfer-recipient-" + state.name().toLowerCase(Locale.ROOT);
        } catch (DomainException e) {
            return "technology-transfer-recipient-not-screened:" + e.messageKey();
        }
    }

    /** The owner organisation is the exporter of its know-how: the assessment is made in its name. */
    private static Actor exporter(UUID owner) {
        return new Actor(new UUID(0, 0), "sharing", "Know-how decision point", owner, Set.of());
    }

    private String watermark(Actor actor, Directory.Party party, Agreements.Active agreement) {
        return "Downloaded by %s (%s) at %s under %s".formatted(actor.displayName(),
                party == null ? actor.organisationId() : party.name(),
                DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)), agreement.reference());
    }

    /** The prohibition of the agreement that applies, or {@code null}. */
    private static Rule prohibition(Agreements.Active a, Context context) {
        for (Rule rule : a.policy().prohibitions()) {
            if (rule.covers(context.action()) && unmet(rule, context, true) == null) {
                return rule;
            }
        }
        return null;
    }

    /** The permission of the agreement that applies, or {@code null}, adding to {@code why} what stood in the way. */
    private static Rule permission(Agreements.Active a, Context context, List<String> why) {
        boolean covered = false;
        for (Rule rule : a.policy().permissions()) {
            if (!rule.covers(context.action())) {
                continue;
            }
            covered = true;
            String unmet = unmet(rule, context, false);
            if (unmet == null) {
                return rule;
            }
            why.add(unmet + ":" + a.reference());
        }
        if (!covered) {
            why.add("action-not-permitted:" + a.reference());
        }
        return null;
    }

    /** The first constraint the request does not meet, as a reason code; {@code null} when all are met. */
    private static String unmet(Rule rule, Context context, boolean prohibition) {
        // a prohibition with a count applies regardless of the count: it is a download limit of zero
        for (Constraint c : rule.constraints()) {
            String reason = switch (c.leftOperand()) {
                case PolicyTerms.PURPOSE -> context.purpose() == null ? "purpose-not-stated"
                        : c.rightOperand().contains(context.purpose()) ? null : "purpose-not-permitted";
                case PolicyTerms.DATE_TIME -> {
                    LocalDate date = LocalDate.parse(c.first());
                    if (c.operator().equals("gteq")) {
                        yield context.today().isBefore(date) ? "not-yet-valid" : null;
                    }
                    yield context.today().isAfter(date) ? "expired" : null;
                }
                case PolicyTerms.RECIPIENT_COUNTRY -> c.rightOperand().contains(context.country()) ? null : "country-not-permitted";
                case PolicyTerms.COUNT -> null; // counted when the download is permitted
                default -> "unknown-constraint";
            };
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    private static List<Agreements.Active> covering(Index index, KnowHowTarget target) {
        List<Agreements.Active> found = new ArrayList<>(index.byTarget().getOrDefault(target.item().value(), List.of()));
        if (target.document() != null) {
            for (Agreements.Active a : index.byTarget().getOrDefault(target.document().value(), List.of())) {
                if (!found.contains(a)) {
                    found.add(a);
                }
            }
        }
        return found;
    }

    private static boolean offered(Agreements.Active a, UUID org, Directory.Party party) {
        if (a.owner().equals(org)) {
            return false;
        }
        return a.assignee() == null ? party != null && party.programmes().contains(a.programme()) : a.assignee().equals(org);
    }

    private static List<Agreements.Active> offeredTo(Index index, UUID org, Directory.Party party) {
        List<Agreements.Active> offered = new ArrayList<>(index.byAssignee().getOrDefault(org, List.of()));
        if (party != null) {
            for (UUID programme : party.programmes()) {
                index.byProgramme().getOrDefault(programme, List.of()).stream()
                        .filter(a -> !a.owner().equals(org)).forEach(offered::add);
            }
        }
        return offered;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** An agreement changed on this node (called after its commit): the next decision reloads at once. */
    public void changed() {
        changed = true;
    }

    /**
     * The index, reloaded when the policy version in the database moved. This node's own changes are seen at
     * once ({@link #changed()}); another node's within a second, without a query per decision in between.
     */
    private Index current() {
        Index i = index;
        long now = System.nanoTime();
        if (i != null && !changed && now - checkedAt < RECHECK_NANOS) {
            return i;
        }
        changed = false;
        long version = agreements.version();
        checkedAt = now;
        if (i == null || i.version() != version) {
            i = build(version);
            index = i;
        } else if (i.selectsByClassification()) {
            i = reclassify(i);
            index = i;
        }
        return i;
    }

    private synchronized Index build(long version) {
        Index i = index;
        if (i != null && i.version() == version) {
            return i;
        }
        List<Agreements.Active> loaded = agreements.active();
        return indexed(version, loaded, classified(loaded));
    }

    /** Classifications change in compliance without telling sharing: what they cover is looked up again. */
    private synchronized Index reclassify(Index i) {
        if (index != i) {
            return index;
        }
        Map<ClassificationRef, Map<UUID, Subject>> classified = classified(i.loaded());
        return classified.equals(i.classified()) ? i : indexed(i.version(), i.loaded(), classified);
    }

    /** What every classification the active agreements select by covers now (one indexed query per code). */
    private Map<ClassificationRef, Map<UUID, Subject>> classified(List<Agreements.Active> loaded) {
        Map<ClassificationRef, Map<UUID, Subject>> found = new HashMap<>();
        Classifications compliance = classifications.getIfAvailable();
        for (Agreements.Active a : loaded) {
            for (ClassificationRef ref : a.classifications()) {
                found.computeIfAbsent(ref, r -> {
                    Map<UUID, Subject> subjects = new HashMap<>();
                    if (compliance != null) {
                        compliance.classifiedAs(Regime.valueOf(r.regime()), r.code(), null).forEach(c -> subjects.put(
                                c.subjectId(), new Subject(c.kind() == SubjectKind.DOCUMENT, c.ownerId())));
                    }
                    return subjects;
                });
            }
        }
        return found;
    }

    private static Index indexed(long version, List<Agreements.Active> loaded,
                                 Map<ClassificationRef, Map<UUID, Subject>> classified) {
        Map<UUID, List<Agreements.Active>> byTarget = new HashMap<>();
        Map<UUID, List<Agreements.Active>> byAssignee = new HashMap<>();
        Map<UUID, List<Agreements.Active>> byProgramme = new HashMap<>();
        for (Agreements.Active loadedAgreement : loaded) {
            Agreements.Active a = withClassified(loadedAgreement, classified);
            a.items().forEach(t -> byTarget.computeIfAbsent(t, k -> new ArrayList<>()).add(a));
            a.documents().forEach(t -> byTarget.computeIfAbsent(t, k -> new ArrayList<>()).add(a));
            (a.assignee() == null ? byProgramme.computeIfAbsent(a.programme(), k -> new ArrayList<>())
                    : byAssignee.computeIfAbsent(a.assignee(), k -> new ArrayList<>())).add(a);
        }
        return new Index(version, loaded, classified, byTarget, byAssignee, byProgramme);
    }

    /** The agreement with the owner's subjects its classifications cover now. */
    private static Agreements.Active withClassified(Agreements.Active a, Map<ClassificationRef, Map<UUID, Subject>> classified) {
        if (a.classifications().isEmpty()) {
            return a;
        }
        Set<UUID> items = new LinkedHashSet<>();
        Set<UUID> documents = new LinkedHashSet<>();
        for (ClassificationRef ref : a.classifications()) {
            classified.getOrDefault(ref, Map.of()).forEach((id, subject) -> {
                if (subject.owner().equals(a.owner())) {
                    (subject.document() ? documents : items).add(id);
                }
            });
        }
        items.removeAll(a.items());
        documents.removeAll(a.documents());
        return a.plus(List.copyOf(items), List.copyOf(documents));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, AccessDecision> requestCache() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object cache = request.getAttribute(REQUEST_CACHE, RequestAttributes.SCOPE_REQUEST);
        if (cache == null) {
            cache = new HashMap<String, AccessDecision>();
            request.setAttribute(REQUEST_CACHE, cache, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, AccessDecision>) cache;
    }
}
