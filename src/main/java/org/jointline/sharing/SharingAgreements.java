package org.jointline.sharing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jointline.compliance.Classifications;
import org.jointline.compliance.Codes;
import org.jointline.compliance.Regime;
import org.jointline.engineering.AccessDecision;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.BomRevisionReleased;
import org.jointline.engineering.Document;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.DocumentManagement;
import org.jointline.engineering.ExplosionRow;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.KnowHowAction;
import org.jointline.engineering.KnowHowTarget;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.jointline.platform.StateRefused;
import org.jointline.sharing.internal.Agreements;
import org.jointline.sharing.internal.CanonicalJson;
import org.jointline.sharing.internal.DecisionPoint;
import org.jointline.sharing.internal.Directory;
import org.jointline.sharing.internal.EntryDraft;
import org.jointline.sharing.internal.Hashes;
import org.jointline.sharing.internal.LedgerWriter;
import org.jointline.sharing.internal.Narrower;
import org.jointline.sharing.internal.Policies;
import org.jointline.sharing.internal.SystemActor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sharing agreements: an owner organisation's data steward grants another organisation (or every other member
 * of a programme) what a policy permits over a selection of the owner's items and documents, and revokes it.
 * Every grant and revocation is recorded in the owner's access ledger with the SHA-256 of the canonical policy.
 */
@Service
@Transactional
public class SharingAgreements {

    public static final int MAX_TITLE = 200;

    private final Agreements agreements;
    private final Directory directory;
    private final DecisionPoint decisions;
    private final LedgerWriter ledger;
    private final ItemManagement items;
    private final BomManagement boms;
    private final DocumentManagement documents;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<Classifications> classifications;

    SharingAgreements(Agreements agreements, Directory directory, DecisionPoint decisions, LedgerWriter ledger,
                      ItemManagement items, BomManagement boms, DocumentManagement documents,
                      ApplicationEventPublisher events, ObjectProvider<Classifications> classifications) {
        this.classifications = classifications;
        this.agreements = agreements;
        this.directory = directory;
        this.decisions = decisions;
        this.ledger = ledger;
        this.items = items;
        this.boms = boms;
        this.documents = documents;
        this.events = events;
    }

    /** Agreements the actor's organisation granted or was granted (administrators and auditors: all). */
    @Transactional(readOnly = true)
    public PageResult<Agreement> list(Actor actor, PageQuery query, AgreementStatus status) {
        if (actor.isAdministrator() || actor.has(Role.AUDITOR)) {
            return agreements.page(null, new UUID[0], query, status);
        }
        return agreements.page(actor.organisationId(), programmesOf(actor.organisationId()), query, status);
    }

    @Transactional(readOnly = true)
    public Agreement get(Actor actor, AgreementId id) {
        Agreement agreement = agreements.find(id).orElseThrow(() -> new NotFound("agreement", id));
        if (!maySee(actor, agreement)) {
            throw new NotFound("agreement", id);
        }
        return agreement;
    }

    /** Whether the actor may grant and revoke agreements for its organisation's know-how. */
    public boolean mayGrant(Actor actor) {
        return actor.isAdministrator() || actor.has(Role.DATA_STEWARD);
    }

    public boolean mayRevoke(Actor actor, Agreement agreement) {
        return agreement.active() && revokes(actor, agreement);
    }

    /** Whether the actor may grant part of this agreement onward (its recipient's stewards, when it permits it). */
    public boolean mayShareOnward(Actor actor, Agreement agreement) {
        return agreement.active() && actor.has(Role.DATA_STEWARD) && !actor.actsFor(agreement.ownerId().value())
                && (agreement.assigneeOrganisationId() == null || actor.actsFor(agreement.assigneeOrganisationId().value()))
                && agreement.policy().permissions().stream().anyMatch(r -> r.covers("share-onward"))
                && agreement.policy().prohibitions().stream().noneMatch(r -> r.covers("share-onward"));
    }

    public Agreement grant(Actor actor, AgreementDraft draft) {
        if (!mayGrant(actor)) {
            throw new Forbidden();
        }
        OrganisationId owner = new OrganisationId(actor.organisationId());
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            throw new InvalidInput("title", "validation.required");
        }
        if (title.length() > MAX_TITLE) {
            throw new InvalidInput("title", "sharing.title-too-long", MAX_TITLE);
        }
        checkParties(owner, draft);
        Selection selection = draft.selection() == null ? new Selection(null, null, null) : draft.selection();
        if (selection.isEmpty()) {
            throw new InvalidInput("selection", "sharing.selection-empty");
        }
        Policy policy = Policies.parse(draft.policy());
        selection = withKnownClassifications(selection);
        Targets targets = resolve(actor, owner, selection);
        AgreementId id = AgreementId.next();
        String reference = agreements.nextReference(owner);
        String canonical = Policies.canonical(policy);
        agreements.insert(id, reference, owner, draft.programmeId(), title, draft.assigneeOrganisationId(), canonical,
                CanonicalJson.of(selectionJson(selection)), actor);
        agreements.replaceTargets(id, owner, targets.items(), targets.documents());
        decideAnewAfterCommit();
        recordAfterCommit(EntryDraft.by(actor, owner.value(), "agreement", "grant", "agreement", id.value(), reference,
                "recorded", List.of("policy-sha256:" + Hashes.sha256(canonical),
                        "assignee:" + (draft.assigneeOrganisationId() == null ? "programme:" + draft.programmeId().value()
                                : draft.assigneeOrganisationId().value()),
                        "items:" + targets.items().size(), "documents:" + targets.documents().size(),
                        "classifications:" + selection.classifications().stream().map(c -> c.regime() + " " + c.code()).toList()),
                id.value()));
        events.publishEvent(new AgreementGranted(id, owner, draft.assigneeOrganisationId()));
        return agreements.find(id).orElseThrow();
    }

    /**
     * An onward agreement: a data steward of a recipient of {@code parentId}, which permits {@code share-onward},
     * grants a third organisation of the programme part of it, never broader (a subset of its items and documents
     * and of its actions, constraints at least as strict, validity within). It stays the owner's know-how: its
     * decisions go to the owner's ledger, and it ends when the agreement it derives from ends.
     */
    public Agreement grantOnward(Actor actor, AgreementId parentId, OnwardDraft draft) {
        Agreement parent = get(actor, parentId);
        boolean recipient = !actor.actsFor(parent.ownerId().value()) && (parent.assigneeOrganisationId() == null
                || actor.actsFor(parent.assigneeOrganisationId().value()));
        if (!recipient || !actor.has(Role.DATA_STEWARD)) {
            throw new Forbidden();
        }
        if (!parent.active()) {
            throw new StateRefused("sharing.already-revoked", parent.reference());
        }
        if (parent.policy().permissions().stream().noneMatch(r -> r.covers("share-onward"))
                || parent.policy().prohibitions().stream().anyMatch(r -> r.covers("share-onward"))) {
            throw new StateRefused("sharing.onward.not-permitted", parent.reference());
        }
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            throw new InvalidInput("title", "validation.required");
        }
        if (title.length() > MAX_TITLE) {
            throw new InvalidInput("title", "sharing.title-too-long", MAX_TITLE);
        }
        OrganisationId owner = parent.ownerId();
        if (draft.assigneeOrganisationId() == null) {
            throw new InvalidInput("assigneeOrganisationId", "validation.required");
        }
        if (actor.actsFor(draft.assigneeOrganisationId().value())) {
            throw new InvalidInput("assigneeOrganisationId", "sharing.onward.to-yourself");
        }
        checkParties(owner, new AgreementDraft(parent.programmeId(), title, draft.assigneeOrganisationId(), null, null));
        Selection selection = draft.selection() == null ? new Selection(null, null, null) : draft.selection();
        if (selection.isEmpty()) {
            throw new InvalidInput("selection", "sharing.selection-empty");
        }
        if (!selection.classifications().isEmpty()) {
            throw new InvalidInput("selection.classifications", "sharing.onward.no-classifications");
        }
        Policy policy = Policies.parse(draft.policy());
        Narrower.check(policy, draft.policy(), parent.policy(), parent.reference());
        Targets targets = resolve(SystemActor.ACTOR, owner, selection);
        withinParent(parent, selection, targets);
        AgreementId id = AgreementId.next();
        String reference = agreements.nextReference(owner);
        String canonical = Policies.canonical(policy);
        agreements.insert(id, reference, owner, parent.programmeId(), title, draft.assigneeOrganisationId(), canonical,
                CanonicalJson.of(selectionJson(selection)), actor);
        agreements.markOnward(id, parent.id(), actor.organisationId());
        agreements.replaceTargets(id, owner, targets.items(), targets.documents());
        decideAnewAfterCommit();
        recordAfterCommit(EntryDraft.by(actor, owner.value(), "agreement", "grant-onward", "agreement", id.value(), reference,
                "recorded", List.of("policy-sha256:" + Hashes.sha256(canonical), "under:" + parent.reference(),
                        "granted-by:" + actor.organisationId(), "assignee:" + draft.assigneeOrganisationId().value(),
                        "items:" + targets.items().size(), "documents:" + targets.documents().size()), id.value()));
        events.publishEvent(new AgreementGranted(id, owner, draft.assigneeOrganisationId()));
        return agreements.find(id).orElseThrow();
    }

    /** Every item and document of an onward selection must be shared by the agreement it derives from. */
    private void withinParent(Agreement parent, Selection selection, Targets targets) {
        Set<UUID> items = new java.util.HashSet<>(agreements.targets(parent.id(), false));
        Set<UUID> docs = new java.util.HashSet<>(agreements.targets(parent.id(), true));
        for (int i = 0; i < selection.items().size(); i++) {
            if (!items.contains(selection.items().get(i).value())) {
                throw new InvalidInput("selection.items[" + i + "]", "sharing.onward.not-shared", selection.items().get(i), parent.reference());
            }
        }
        for (int i = 0; i < selection.subtrees().size(); i++) {
            if (!items.contains(selection.subtrees().get(i).value())) {
                throw new InvalidInput("selection.subtrees[" + i + "]", "sharing.onward.not-shared", selection.subtrees().get(i), parent.reference());
            }
        }
        targets.items().stream().filter(t -> !items.contains(t)).findFirst().ifPresent(t -> {
            throw new InvalidInput("selection.subtrees", "sharing.onward.not-shared", t, parent.reference());
        });
        for (int i = 0; i < selection.documents().size(); i++) {
            DocumentId id = selection.documents().get(i);
            Document document = documents.get(SystemActor.ACTOR, id);
            if (!docs.contains(id.value()) && !items.contains(document.itemId().value())) {
                throw new InvalidInput("selection.documents[" + i + "]", "sharing.onward.not-shared", id, parent.reference());
            }
        }
    }

    /** Whether the actor may revoke: the owner's stewards, and for an onward agreement the granting organisation's. */
    private boolean revokes(Actor actor, Agreement agreement) {
        return mayGrant(actor) && (actor.actsFor(agreement.ownerId().value())
                || agreement.grantedById() != null && actor.actsFor(agreement.grantedById().value()));
    }

    public Agreement revoke(Actor actor, AgreementId id, Revocation revocation) {
        Agreement agreement = get(actor, id);
        if (!revokes(actor, agreement)) {
            throw new Forbidden();
        }
        String reason = revocation == null || revocation.reason() == null || revocation.reason().isBlank()
                ? null : revocation.reason().strip();
        if (reason != null && reason.length() > 500) {
            throw new InvalidInput("reason", "sharing.reason-too-long", 500);
        }
        if (!agreements.revoke(id, actor, reason)) {
            throw new StateRefused("sharing.already-revoked", agreement.reference());
        }
        decideAnewAfterCommit();
        List<String> why = reason == null ? List.of() : List.of("reason:" + reason);
        recordAfterCommit(EntryDraft.by(actor, agreement.ownerId().value(), "agreement", "revoke", "agreement",
                id.value(), agreement.reference(), "recorded", why, id.value()));
        events.publishEvent(new AgreementRevoked(id, agreement.ownerId()));
        for (AgreementId onward : agreements.activeOnward(id)) {
            cascade(actor, onward, agreement.reference());
        }
        return agreements.find(id).orElseThrow();
    }

    /** An onward agreement ends with the agreement it derives from (and so do its own onward ones). */
    private void cascade(Actor actor, AgreementId id, String parentReference) {
        Agreement onward = agreements.find(id).orElseThrow();
        if (!agreements.revoke(id, actor, "revoked with " + parentReference)) {
            return;
        }
        recordAfterCommit(EntryDraft.by(actor, onward.ownerId().value(), "agreement", "revoke", "agreement",
                id.value(), onward.reference(), "recorded", List.of("with:" + parentReference), id.value()));
        events.publishEvent(new AgreementRevoked(id, onward.ownerId()));
        for (AgreementId next : agreements.activeOnward(id)) {
            cascade(actor, next, onward.reference());
        }
    }

    /**
     * The decision for an action on an item or one of its documents, recorded in the owner's ledger: what other
     * modules ask before they use another organisation's know-how (production: {@code use-for-manufacture}).
     * An item or document unknown to the actor is refused like one that does not exist.
     */
    public AccessDecision decide(Actor actor, KnowHowAction action, ItemId itemId, DocumentId documentId, String purpose) {
        if (purpose != null && !PolicyTerms.PURPOSES.contains(purpose)) {
            throw new InvalidInput("purpose", "sharing.policy.unknown-purpose", purpose, String.join(", ", PolicyTerms.PURPOSES));
        }
        KnowHowTarget target;
        if (documentId != null) {
            Document document = documents.get(SystemActor.ACTOR, documentId);
            target = KnowHowTarget.of(document);
        } else if (itemId != null) {
            target = KnowHowTarget.of(items.get(SystemActor.ACTOR, itemId));
        } else {
            throw new InvalidInput("itemId", "validation.required");
        }
        return decisions.decide(actor, action, target, purpose);
    }

    /** A released BOM revision may change an owner's subtrees: their agreements' targets are resolved again. */
    @ApplicationModuleListener
    void on(BomRevisionReleased released) {
        Item assembly = items.get(SystemActor.ACTOR, released.assemblyId());
        agreements.activeSelections(assembly.ownerId().value()).forEach((id, selection) -> {
            if (!selection.subtrees().isEmpty()) {
                Targets targets = resolve(SystemActor.ACTOR, assembly.ownerId(), selection);
                agreements.replaceTargets(id, assembly.ownerId(), targets.items(), targets.documents());
                decideAnewAfterCommit();
            }
        });
    }

    private record Targets(List<UUID> items, List<UUID> documents) {
    }

    /** The items and documents a selection names, every one the owner's; anything else is refused by name. */
    private Targets resolve(Actor actor, OrganisationId owner, Selection selection) {
        Set<UUID> chosen = new LinkedHashSet<>();
        List<ItemId> named = new ArrayList<>(selection.items());
        named.addAll(selection.subtrees());
        Map<ItemId, Item> found = items.getAll(actor, named);
        for (int i = 0; i < named.size(); i++) {
            Item item = found.get(named.get(i));
            boolean subtree = i >= selection.items().size();
            String field = subtree ? "selection.subtrees[" + (i - selection.items().size()) + "]" : "selection.items[" + i + "]";
            if (item == null || !item.ownerId().equals(owner)) {
                throw new InvalidInput(field, "sharing.item-not-yours", named.get(i));
            }
            chosen.add(item.id().value());
            if (subtree) {
                List<ItemId> below = boms.explode(actor, item.id(), null, null, null).rows().stream()
                        .filter(r -> !r.hidden() && r.level() > 0).map(ExplosionRow::itemId).toList();
                items.getAll(actor, below).values().stream().filter(c -> c.ownerId().equals(owner))
                        .forEach(c -> chosen.add(c.id().value()));
            }
        }
        List<UUID> docs = new ArrayList<>();
        for (int i = 0; i < selection.documents().size(); i++) {
            DocumentId id = selection.documents().get(i);
            Document document;
            try {
                document = documents.get(actor, id);
            } catch (NotFound e) {
                document = null;
            }
            if (document == null || !document.ownerId().equals(owner)) {
                throw new InvalidInput("selection.documents[" + i + "]", "sharing.document-not-yours", id);
            }
            docs.add(id.value());
        }
        return new Targets(List.copyOf(chosen), docs);
    }

    /**
     * The selection with its classifications checked and written as compliance writes them (regime name, normal
     * code); an unknown regime or a code the regime does not know is refused with the field named.
     */
    private Selection withKnownClassifications(Selection selection) {
        if (selection.classifications().isEmpty()) {
            return selection;
        }
        Classifications compliance = classifications.getIfAvailable();
        List<ClassificationRef> known = new ArrayList<>();
        for (int i = 0; i < selection.classifications().size(); i++) {
            ClassificationRef ref = selection.classifications().get(i);
            String field = "selection.classifications[" + i + "]";
            if (compliance == null) {
                throw new InvalidInput(field, "sharing.classification-unavailable");
            }
            Regime regime = regime(ref.regime());
            if (regime == null) {
                throw new InvalidInput(field + ".regime", "sharing.unknown-regime", ref.regime(), REGIMES);
            }
            if (ref.code() == null || ref.code().isBlank()) {
                throw new InvalidInput(field + ".code", "validation.required");
            }
            if (!compliance.knownCode(regime, ref.code())) {
                throw new InvalidInput(field + ".code", "sharing.unknown-code", ref.code(), regime.name());
            }
            ClassificationRef normal = new ClassificationRef(regime.name(), Codes.normal(ref.code()));
            if (!known.contains(normal)) {
                known.add(normal);
            }
        }
        return new Selection(selection.items(), selection.subtrees(), selection.documents(), known);
    }

    private static final String REGIMES = String.join(", ", java.util.Arrays.stream(Regime.values()).map(Regime::name).toList());

    /** A regime by its name, without regard to case, blanks or hyphens ({@code eu-dual-use} is EU_DUAL_USE). */
    static Regime regime(String name) {
        if (name == null) {
            return null;
        }
        String normal = name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Regime r : Regime.values()) {
            if (r.name().equals(normal)) {
                return r;
            }
        }
        return null;
    }

    private void checkParties(OrganisationId owner, AgreementDraft draft) {
        if (draft.programmeId() == null) {
            throw new InvalidInput("programmeId", "validation.required");
        }
        Directory.ProgrammeMembers programme = directory.programme(draft.programmeId().value());
        if (programme == null) {
            throw new InvalidInput("programmeId", "sharing.unknown-programme", draft.programmeId());
        }
        if (!programme.members().contains(owner.value())) {
            throw new InvalidInput("programmeId", "sharing.owner-not-in-programme", programme.name());
        }
        OrganisationId assignee = draft.assigneeOrganisationId();
        if (assignee != null) {
            if (assignee.equals(owner)) {
                throw new InvalidInput("assigneeOrganisationId", "sharing.assignee-is-owner");
            }
            if (!programme.members().contains(assignee.value())) {
                Directory.Party party = directory.party(assignee.value());
                throw new InvalidInput("assigneeOrganisationId", "sharing.assignee-outside-programme",
                        party == null ? assignee.value() : party.name(), programme.name());
            }
        }
    }

    private boolean maySee(Actor actor, Agreement agreement) {
        if (actor.isAdministrator() || actor.has(Role.AUDITOR) || actor.actsFor(agreement.ownerId().value())) {
            return true;
        }
        if (agreement.grantedById() != null && actor.actsFor(agreement.grantedById().value())) {
            return true;
        }
        if (agreement.assigneeOrganisationId() != null) {
            return actor.actsFor(agreement.assigneeOrganisationId().value());
        }
        Directory.Party party = directory.party(actor.organisationId());
        return party != null && party.programmes().contains(agreement.programmeId().value());
    }

    private UUID[] programmesOf(UUID organisation) {
        Directory.Party party = directory.party(organisation);
        return party == null ? new UUID[0] : party.programmes().toArray(UUID[]::new);
    }

    private void decideAnewAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            decisions.changed();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                decisions.changed();
            }
        });
    }

    private void recordAfterCommit(EntryDraft entry) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            ledger.append(entry);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                ledger.append(entry);
            }
        });
    }

    private static Map<String, Object> selectionJson(Selection selection) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", selection.items().stream().map(i -> i.value().toString()).toList());
        json.put("subtrees", selection.subtrees().stream().map(i -> i.value().toString()).toList());
        json.put("documents", selection.documents().stream().map(d -> d.value().toString()).toList());
        if (!selection.classifications().isEmpty()) {
            json.put("classifications", selection.classifications().stream()
                    .map(c -> Map.of("regime", c.regime(), "code", c.code())).toList());
        }
        return json;
    }
}
