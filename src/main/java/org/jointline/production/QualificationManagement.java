package org.jointline.production;

import java.time.LocalDate;
import java.util.List;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.BomRevision;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.DocumentManagement;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.RevisionStatus;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.DomainException;
import org.jointline.platform.Forbidden;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.Role;
import org.jointline.production.internal.Access;
import org.jointline.production.internal.Owned;
import org.jointline.production.internal.Qualifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Qualifications of configurations (an end item at a BOM revision) against a basis such as NATO STANAG 4703 or a
 * national acceptance protocol, and the bases each customer requires before it accepts units of an item.
 */
@Service
@Transactional
public class QualificationManagement {

    private final Qualifications qualifications;
    private final ItemManagement items;
    private final BomManagement boms;
    private final DocumentManagement documents;
    private final OrganisationManagement organisations;

    QualificationManagement(Qualifications qualifications, ItemManagement items, BomManagement boms,
                            DocumentManagement documents, OrganisationManagement organisations) {
        this.qualifications = qualifications;
        this.items = items;
        this.boms = boms;
        this.documents = documents;
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public List<Qualification> list(Actor actor, ItemId item) {
        return qualifications.list(Access.scope(actor), item);
    }

    @Transactional(readOnly = true)
    public Qualification get(Actor actor, QualificationId id) {
        Owned<Qualification> owned = qualifications.find(id).orElseThrow(() -> new NotFound("qualification", id));
        Access.requireSees(actor, owned.organisation(), "qualification", id);
        return owned.value();
    }

    public Qualification create(Actor actor, QualificationDetails details) {
        actor.require(Role.ENGINEER);
        BomRevision revision;
        try {
            revision = boms.revision(actor, details.bomRevisionId());
        } catch (DomainException e) {
            throw new InvalidInput("bomRevisionId", "production.work-order.unknown-revision");
        }
        Item item = items.get(actor, revision.assemblyId());
        if (!items.mayChange(actor, item)) {
            throw new Forbidden();
        }
        if (revision.status() == RevisionStatus.DRAFT) {
            throw new InvalidInput("bomRevisionId", "production.work-order.revision-not-released", revision.label(), item.number());
        }
        if (qualifications.exists(revision.id(), details.basis().strip())) {
            throw new InvalidInput("basis", "validation.taken");
        }
        check(actor, details);
        QualificationId id = QualificationId.next();
        qualifications.insert(id, actor.organisationId(), item.id(), item.number(), revision.label(), trimmed(details));
        return get(actor, id);
    }

    public Qualification update(Actor actor, QualificationId id, QualificationDetails details) {
        actor.require(Role.ENGINEER);
        Qualification existing = get(actor, id);
        if (!existing.bomRevisionId().equals(details.bomRevisionId()) || !existing.basis().equalsIgnoreCase(details.basis().strip())) {
            throw new InvalidInput("basis", "production.qualification.configuration-fixed");
        }
        check(actor, details);
        qualifications.update(id, trimmed(details), existing.version());
        return get(actor, id);
    }

    /** Requirements the actor's organisation set as a customer, or that concern the items it qualifies or builds. */
    @Transactional(readOnly = true)
    public List<Requirement> requirements(Actor actor) {
        return qualifications.requirementsSeenBy(Access.scope(actor));
    }

    /**
     * A customer requires a basis of an item: set by the customer's acceptance officer for its own organisation,
     * or by the design authority of the item's owner on the customer's behalf.
     */
    public Requirement require(Actor actor, RequirementDetails details) {
        actor.require(Role.CUSTOMER_ACCEPTANCE, Role.ENGINEER);
        Organisation customer;
        try {
            customer = organisations.get(actor, details.customerId());
        } catch (NotFound e) {
            throw new InvalidInput("customerId", "production.work-order.unknown-customer");
        }
        if (customer.kind() != OrganisationKind.CUSTOMER) {
            throw new InvalidInput("customerId", "production.requirement.not-a-customer", customer.name());
        }
        boolean forItself = actor.has(Role.CUSTOMER_ACCEPTANCE) && actor.actsFor(customer.id().value());
        Item item = items.getAll(actor, List.of(details.itemId())).get(details.itemId());
        if (item == null && !forItself) {
            throw new InvalidInput("itemId", "production.work-order.unknown-item");
        }
        boolean ownerEngineer = item != null && items.mayChange(actor, item);
        if (!forItself && !ownerEngineer && !actor.isAdministrator()) {
            throw new Forbidden();
        }
        RequirementId id = RequirementId.next();
        qualifications.insertRequirement(id, details.customerId(), details.itemId(), details.basis().strip());
        return qualifications.requirements(details.customerId(), details.itemId()).stream()
                .filter(r -> r.basis().equals(details.basis().strip())).findFirst().orElseThrow();
    }

    public void dropRequirement(Actor actor, RequirementId id) {
        Requirement requirement = qualifications.requirement(id).orElseThrow(() -> new NotFound("requirement", id));
        boolean forItself = actor.has(Role.CUSTOMER_ACCEPTANCE) && actor.actsFor(requirement.customerId().value());
        if (!forItself && !actor.isAdministrator()) {
            if (qualifications.requirementsSeenBy(actor.organisationId()).stream().noneMatch(r -> r.id().equals(id))) {
                throw new NotFound("requirement", id);
            }
            throw new Forbidden();
        }
        qualifications.deleteRequirement(id);
    }

    /** The bases the customer requires of this configuration that no valid qualification covers today. */
    @Transactional(readOnly = true)
    public List<String> missing(Unit unit, org.jointline.partners.OrganisationId customer) {
        List<Qualification> held = qualifications.ofRevision(unit.bomRevisionId());
        LocalDate today = LocalDate.now();
        return qualifications.requirements(customer, unit.itemId()).stream().map(Requirement::basis)
                .filter(basis -> held.stream().noneMatch(q -> q.basis().equalsIgnoreCase(basis) && q.validOn(today)))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Qualification> ofConfiguration(Unit unit) {
        return qualifications.ofRevision(unit.bomRevisionId());
    }

    private void check(Actor actor, QualificationDetails details) {
        if (details.validFrom() != null && details.validUntil() != null && details.validUntil().isBefore(details.validFrom())) {
            throw new InvalidInput("validUntil", "validation.ends-before-start");
        }
        for (DocumentId document : details.evidence()) {
            try {
                documents.get(actor, document);
            } catch (NotFound e) {
                throw new InvalidInput("evidence", "production.qualification.unknown-document", document);
            }
        }
    }

    private static QualificationDetails trimmed(QualificationDetails d) {
        return new QualificationDetails(d.bomRevisionId(), d.basis().strip(), d.authority().strip(),
                d.reference() == null || d.reference().isBlank() ? null : d.reference().strip(), d.status(), d.validFrom(),
                d.validUntil(), d.evidence());
    }
}
