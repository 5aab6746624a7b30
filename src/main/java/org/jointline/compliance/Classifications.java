package org.jointline.compliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jointline.compliance.internal.ClassificationRows;
import org.jointline.compliance.internal.ControlEntryRows;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.Document;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.DocumentManagement;
import org.jointline.engineering.ExplosionRow;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.Role;
import org.jointline.platform.StateRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classification of items and documents: who may read it (whoever may read the subject), who may change it (a
 * compliance officer of the owner), its history, the suggestion for an assembly, US content, and the queries by
 * classification that other modules (sharing) use.
 */
@Service
@Transactional
public class Classifications {

    private final ClassificationRows rows;
    private final ControlEntryRows entries;
    private final ItemManagement items;
    private final DocumentManagement documents;
    private final BomManagement boms;

    Classifications(ClassificationRows rows, ControlEntryRows entries, ItemManagement items,
                    DocumentManagement documents, BomManagement boms) {
        this.rows = rows;
        this.entries = entries;
        this.items = items;
        this.documents = documents;
        this.boms = boms;
    }

    @Transactional(readOnly = true)
    public Classification of(Actor actor, ItemId id) {
        items.get(actor, id);
        return new Classification(SubjectKind.ITEM, id.value(), rows.current(id.value()),
                rows.usContent(id.value()).orElse(null));
    }

    @Transactional(readOnly = true)
    public Classification of(Actor actor, DocumentId id) {
        documents.get(actor, id);
        return new Classification(SubjectKind.DOCUMENT, id.value(), rows.current(id.value()), null);
    }

    /** Every entry the subject ever had, newest change first. */
    @Transactional(readOnly = true)
    public List<ClassificationEntry> history(Actor actor, ItemId id) {
        items.get(actor, id);
        return rows.history(id.value());
    }

    @Transactional(readOnly = true)
    public List<ClassificationEntry> history(Actor actor, DocumentId id) {
        documents.get(actor, id);
        return rows.history(id.value());
    }

    public boolean mayClassify(Actor actor, OrganisationId owner) {
        return actor.isAdministrator() || actor.has(Role.COMPLIANCE_OFFICER) && actor.actsFor(owner.value());
    }

    public ClassificationEntry classify(Actor actor, ItemId id, ClassificationDetails details) {
        Item item = items.get(actor, id);
        return add(actor, SubjectKind.ITEM, id.value(), item.ownerId(), details);
    }

    public ClassificationEntry classify(Actor actor, DocumentId id, ClassificationDetails details) {
        Document document = documents.get(actor, id);
        return add(actor, SubjectKind.DOCUMENT, id.value(), document.ownerId(), details);
    }

    /** Withdraws one entry, keeping it in the history with who, when and why. */
    public void withdraw(Actor actor, UUID entry, String reason) {
        ClassificationRows.Owner owner = rows.owner(entry).orElseThrow(() -> new NotFound("classification", entry));
        if (owner.kind() == SubjectKind.ITEM) {
            items.get(actor, new ItemId(owner.subjectId()));
        } else {
            documents.get(actor, new DocumentId(owner.subjectId()));
        }
        requireClassify(actor, new OrganisationId(owner.ownerId()));
        if (!owner.current()) {
            throw new StateRefused("compliance.classification-withdrawn");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "compliance.reason-required");
        }
        rows.withdraw(entry, actor.displayName(), reason.strip());
    }

    public UsContent setUsContent(Actor actor, ItemId id, UsContentDetails details) {
        Item item = items.get(actor, id);
        requireClassify(actor, item.ownerId());
        if (details.usValue().compareTo(details.unitValue()) > 0) {
            throw new InvalidInput("usValue", "compliance.us-value-above-unit");
        }
        rows.saveUsContent(id.value(), item.ownerId().value(), details.usValue(), details.unitValue(), actor.displayName());
        return rows.usContent(id.value()).orElseThrow();
    }

    /**
     * What the components of an assembly are classified as, over its whole current BOM: controlled entries first.
     * A suggestion only; the officer decides the assembly's own classification.
     */
    @Transactional(readOnly = true)
    public List<ClassificationSuggestion> suggest(Actor actor, ItemId assembly) {
        Item item = items.get(actor, assembly);
        if (!item.kind().isAssembly()) {
            return List.of();
        }
        List<ExplosionRow> explosion = boms.explode(actor, assembly, null, null, null).rows().stream()
                .filter(r -> r.level() > 0 && !r.hidden() && r.itemId() != null).toList();
        Map<UUID, List<ClassificationEntry>> found = rows.current(explosion.stream().map(r -> r.itemId().value())
                .distinct().toList());
        Map<String, ClassificationSuggestion> byCode = new LinkedHashMap<>();
        for (ExplosionRow r : explosion) {
            for (ClassificationEntry e : found.getOrDefault(r.itemId().value(), List.of())) {
                byCode.compute(e.regime() + " " + e.code(), (k, s) -> {
                    List<String> parts = new ArrayList<>(s == null ? List.of() : s.components());
                    if (!parts.contains(r.number())) {
                        parts.add(r.number());
                    }
                    return new ClassificationSuggestion(e.regime(), e.code(), parts);
                });
            }
        }
        return byCode.values().stream().sorted((a, b) -> Boolean.compare(b.regime().controlled(), a.regime().controlled()))
                .toList();
    }

    /** Items and documents currently classified within a code (for sharing); the codes themselves are not secret. */
    @Transactional(readOnly = true)
    public List<ClassifiedSubject> classifiedAs(Regime regime, String code, SubjectKind kind) {
        return rows.classifiedAs(regime, code, kind, 10_000);
    }

    /** Whether a code may be used under the regime (as {@link #classify} would accept it): for other modules' forms. */
    @Transactional(readOnly = true)
    public boolean knownCode(Regime regime, String code) {
        try {
            checkCode(regime, Codes.normal(code));
            return true;
        } catch (InvalidInput e) {
            return false;
        }
    }

    /** The current entries of many subjects at once (items or documents), for other modules' decisions. */
    @Transactional(readOnly = true)
    public Map<UUID, List<ClassificationEntry>> currentOf(Collection<UUID> subjects) {
        return rows.current(subjects);
    }

    /** Whether any current entry of the subject is on a control list. */
    @Transactional(readOnly = true)
    public boolean controlled(UUID subject) {
        return rows.current(subject).stream().anyMatch(e -> e.regime().controlled());
    }

    private ClassificationEntry add(Actor actor, SubjectKind kind, UUID subject, OrganisationId owner,
                                    ClassificationDetails details) {
        requireClassify(actor, owner);
        String code = Codes.normal(details.code());
        checkCode(details.regime(), code);
        if (rows.exists(subject, details.regime(), code)) {
            throw new InvalidInput("code", "compliance.already-classified", code);
        }
        List<ClassificationEntry> current = rows.current(subject);
        boolean notControlled = !details.regime().controlled();
        if (notControlled ? current.stream().anyMatch(e -> e.regime().controlled())
                : current.stream().anyMatch(e -> e.regime() == Regime.NOT_CONTROLLED)) {
            throw new InvalidInput("regime", "compliance.controlled-and-not");
        }
        UUID id = org.jointline.platform.Ids.next();
        rows.insert(id, kind, subject, owner.value(), details, actor.personId(), actor.displayName());
        return rows.current(subject).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** Codes of listed regimes must be on the list; ECCNs follow their pattern (no list is shipped). */
    private void checkCode(Regime regime, String code) {
        switch (regime) {
            case ECCN -> {
                if (!code.matches("[0-9][A-E][0-9]{3}(\\.[A-Z0-9.]+)?")) {
                    throw new InvalidInput("code", "compliance.eccn-pattern", code);
                }
            }
            case EU_DUAL_USE -> {
                if (!ANNEX_I.matcher(code).matches()) {
                    throw new InvalidInput("code", "compliance.unknown-code", code, regime);
                }
                if (entries.any(regime) && !entries.exists(regime, code) && !entries.existsWithin(regime, code)) {
                    throw new InvalidInput("code", "compliance.unknown-code", code, regime);
                }
            }
            case EU_MILITARY, USML, EAR99, NOT_CONTROLLED -> {
                if (!entries.exists(regime, code) && !(LISTED.contains(regime) && entries.existsWithin(regime, code))) {
                    throw new InvalidInput("code", "compliance.unknown-code", code, regime);
                }
            }
        }
    }

    private void requireClassify(Actor actor, OrganisationId owner) {
        if (!mayClassify(actor, owner)) {
            throw new Forbidden();
        }
    }

    private static final java.util.regex.Pattern ANNEX_I =
            java.util.regex.Pattern.compile("[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*");
    static final Set<Regime> LISTED = Set.of(Regime.EU_DUAL_USE, Regime.EU_MILITARY, Regime.USML);
}
