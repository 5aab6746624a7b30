package org.jointline.engineering;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jointline.engineering.internal.Boms;
import org.jointline.engineering.internal.ChangeOrders;
import org.jointline.engineering.internal.Items;
import org.jointline.engineering.internal.Readers;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.jointline.platform.StateRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engineering change orders (ECR/ECO). An engineer raises one and links the affected items, each with the draft
 * revision that carries the change; on submission every organisation that owns an affected item must approve it
 * by one of its engineers (its design authority); once all have, the order is released, and with it every linked
 * revision, in one transaction. A rejection by any owner ends it.
 * <p>
 * Visible to the organisation that raised it, to the owners of its items, to those who may read the owners'
 * engineering data ({@link Readers}: programme offices of partners) and to administrators; to others it does not
 * exist. Every step is appended to its history.
 */
@Service
@Transactional
public class ChangeOrderManagement {

    private static final int CANDIDATES = 200;

    private final ChangeOrders orders;
    private final Items items;
    private final Boms boms;
    private final Readers readers;
    private final BomManagement bomManagement;
    private final OrganisationManagement organisations;
    private final ApplicationEventPublisher events;

    ChangeOrderManagement(ChangeOrders orders, Items items, Boms boms, Readers readers, BomManagement bomManagement,
                          OrganisationManagement organisations, ApplicationEventPublisher events) {
        this.orders = orders;
        this.items = items;
        this.boms = boms;
        this.readers = readers;
        this.bomManagement = bomManagement;
        this.organisations = organisations;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageResult<ChangeOrder> list(Actor actor, PageQuery query, ChangeOrderStatus status) {
        PageResult<ChangeOrder> page = orders.page(readers.owners(actor), query, status);
        Map<UUID, String> names = organisationNames(actor);
        return page.map(order -> present(actor, order, names));
    }

    @Transactional(readOnly = true)
    public ChangeOrder get(Actor actor, ChangeOrderId id) {
        return present(actor, find(actor, id, false), organisationNames(actor));
    }

    @Transactional(readOnly = true)
    public List<ChangeOrderEvent> history(Actor actor, ChangeOrderId id) {
        find(actor, id, false);
        UUID[] owners = readers.owners(actor);
        Map<UUID, String> names = organisationNames(actor);
        return orders.events(id).stream().map(row -> {
            ChangeOrderEvent e = row.event();
            boolean hidden = row.itemOwner() != null && !readable(owners, row.itemOwner());
            return new ChangeOrderEvent(e.sequence(), e.at(), e.kind(), e.personId(), e.personName(), e.organisationId(),
                    names.get(e.organisationId().value()), hidden ? null : e.itemId(), hidden ? null : e.itemNumber(),
                    hidden ? null : e.revisionLabel(), hidden, e.reason());
        }).toList();
    }

    /** What the actor may do with the order now (for showing only the actions that will be accepted). */
    @Transactional(readOnly = true)
    public ChangeOrderActions actions(Actor actor, ChangeOrder order) {
        boolean edit = order.status() == ChangeOrderStatus.DRAFT && mayEdit(actor, order);
        boolean decide = order.status() == ChangeOrderStatus.IN_REVIEW && actor.has(Role.ENGINEER)
                && order.approvals().stream().anyMatch(a -> actor.actsFor(a.organisationId().value())
                && a.decision() == ChangeOrderDecision.PENDING);
        boolean release = order.status() == ChangeOrderStatus.APPROVED && mayEdit(actor, order);
        return new ChangeOrderActions(edit, edit && !order.items().isEmpty(), decide, release);
    }

    /** Draft revisions of the items the actor can see, which could be linked to an order. */
    @Transactional(readOnly = true)
    public List<ChangeOrderCandidate> candidates(Actor actor) {
        return orders.drafts(readers.owners(actor), CANDIDATES);
    }

    /** Raises a change order for the actor's organisation, numbered CO-year-nnnn within that organisation. */
    public ChangeOrder create(Actor actor, ChangeOrderDetails details) {
        actor.require(Role.ENGINEER);
        required("title", details.title());
        required("problem", details.problem());
        required("proposedChange", details.proposedChange());
        OrganisationId organisation = new OrganisationId(actor.organisationId());
        int year = Year.now().getValue();
        String number;
        do {
            // The counter row is locked until commit, so numbers are not given twice; a number already used
            // (an order made before the counter existed, or by hand) is skipped.
            number = "CO-%d-%04d".formatted(year, orders.nextNumber(organisation, year));
        } while (orders.numberTaken(organisation, number));
        ChangeOrderId id = ChangeOrderId.next();
        orders.insert(id, organisation, number, details, actor);
        orders.append(id, ChangeOrderEventKind.CREATED, actor, organisation, null, null, null);
        return get(actor, id);
    }

    /** Links an affected item with the draft revision of its BOM that carries the change. */
    public ChangeOrder linkItem(Actor actor, ChangeOrderId id, ChangeOrderItemLink link) {
        ChangeOrder order = find(actor, id, true);
        requireEdit(actor, order);
        requireStatus(order, ChangeOrderStatus.DRAFT);
        if (link.itemId() == null) {
            throw new InvalidInput("itemId", "validation.required");
        }
        if (link.revisionId() == null) {
            throw new InvalidInput("revisionId", "validation.required");
        }
        UUID[] owners = readers.owners(actor);
        Item item = items.find(link.itemId())
                .filter(i -> owners == null || java.util.Arrays.asList(owners).contains(i.ownerId().value()))
                .orElseThrow(() -> new InvalidInput("itemId", "changeOrder.unknown-item", link.itemId()));
        BomRevision revision = boms.revision(link.revisionId()).filter(r -> r.assemblyId().equals(item.id()))
                .orElseThrow(() -> new InvalidInput("revisionId", "changeOrder.revision-of-other-item", item.number()));
        if (revision.status() != RevisionStatus.DRAFT) {
            throw new InvalidInput("revisionId", "changeOrder.revision-not-draft", item.number(), revision.label());
        }
        if (order.items().stream().anyMatch(i -> item.id().equals(i.itemId()))) {
            throw new InvalidInput("itemId", "changeOrder.item-already-linked", item.number());
        }
        orders.openOrderWith(revision.id(), id).ifPresent(other -> {
            throw new InvalidInput("revisionId", "changeOrder.revision-in-other-order", item.number(), revision.label(), other);
        });
        orders.insertItem(id, item.id(), item.ownerId(), revision.id());
        orders.touch(id);
        orders.append(id, ChangeOrderEventKind.ITEM_LINKED, actor, new OrganisationId(actor.organisationId()), item.id(),
                revision.id(), null);
        return get(actor, id);
    }

    public ChangeOrder unlinkItem(Actor actor, ChangeOrderId id, ItemId itemId) {
        ChangeOrder order = find(actor, id, true);
        requireEdit(actor, order);
        requireStatus(order, ChangeOrderStatus.DRAFT);
        ChangeOrderItem linked = order.items().stream().filter(i -> i.itemId().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFound("item", itemId));
        orders.deleteItem(id, itemId);
        orders.touch(id);
        orders.append(id, ChangeOrderEventKind.ITEM_UNLINKED, actor, new OrganisationId(actor.organisationId()), itemId,
                linked.revisionId(), null);
        return get(actor, id);
    }

    /** Sends the order to review: each organisation owning an affected item now has to decide. */
    public ChangeOrder submit(Actor actor, ChangeOrderId id) {
        ChangeOrder order = find(actor, id, true);
        requireEdit(actor, order);
        requireTransition(order, ChangeOrderStatus.IN_REVIEW);
        if (order.items().isEmpty()) {
            throw new StateRefused("changeOrder.no-items", order.number());
        }
        for (ChangeOrderItem item : order.items()) {
            requireDraft(actor, item);
        }
        Set<OrganisationId> owners = order.items().stream().map(ChangeOrderItem::ownerId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        orders.insertApprovals(id, owners);
        orders.recordReviewedContent(id);
        orders.setStatus(id, ChangeOrderStatus.DRAFT, ChangeOrderStatus.IN_REVIEW, null);
        orders.append(id, ChangeOrderEventKind.SUBMITTED, actor, new OrganisationId(actor.organisationId()), null, null, null);
        return get(actor, id);
    }

    /** Approves for the actor's organisation; the order is approved once every owner has. */
    public ChangeOrder approve(Actor actor, ChangeOrderId id) {
        ChangeOrder order = find(actor, id, true);
        OrganisationId organisation = requireDecide(actor, order, ChangeOrderStatus.APPROVED);
        if (!orders.decide(id, organisation, ChangeOrderDecision.APPROVED, actor, null)) {
            throw new StateRefused("changeOrder.already-decided", order.number());
        }
        orders.append(id, ChangeOrderEventKind.APPROVED, actor, organisation, null, null, null);
        boolean allApproved = order.approvals().stream()
                .allMatch(a -> a.organisationId().equals(organisation) || a.decision() == ChangeOrderDecision.APPROVED);
        if (allApproved) {
            orders.setStatus(id, ChangeOrderStatus.IN_REVIEW, ChangeOrderStatus.APPROVED, null);
        } else {
            orders.touch(id);
        }
        return get(actor, id);
    }

    /** Rejects for the actor's organisation, which rejects the order: it is not released. */
    public ChangeOrder reject(Actor actor, ChangeOrderId id, ChangeOrderRejection rejection) {
        ChangeOrder order = find(actor, id, true);
        OrganisationId organisation = requireDecide(actor, order, ChangeOrderStatus.REJECTED);
        String reason = rejection == null || rejection.reason() == null ? null : rejection.reason().strip();
        required("reason", reason);
        if (!orders.decide(id, organisation, ChangeOrderDecision.REJECTED, actor, reason)) {
            throw new StateRefused("changeOrder.already-decided", order.number());
        }
        orders.setStatus(id, ChangeOrderStatus.IN_REVIEW, ChangeOrderStatus.REJECTED, reason);
        orders.append(id, ChangeOrderEventKind.REJECTED, actor, organisation, null, null, reason);
        return get(actor, id);
    }

    /**
     * Releases every linked revision and the order, all or nothing. Each revision is released with the authority
     * of the engineer who approved the order for the revision's owner, so that the rule of {@link BomManagement}
     * (only the owner's design authority releases its BOMs) holds, and the revision names who released it.
     */
    public ChangeOrder release(Actor actor, ChangeOrderId id) {
        ChangeOrder order = find(actor, id, true);
        requireEdit(actor, order);
        List<OrganisationId> missing = order.approvals().stream().filter(a -> a.decision() != ChangeOrderDecision.APPROVED)
                .map(ChangeOrderApproval::organisationId).toList();
        if (order.status() == ChangeOrderStatus.IN_REVIEW && !missing.isEmpty()) {
            throw approvalsMissing(actor, order, missing);
        }
        requireTransition(order, ChangeOrderStatus.RELEASED);
        Map<OrganisationId, ChangeOrders.Approver> approvers = orders.approvers(id);
        List<BomRevisionId> released = new ArrayList<>();
        for (ChangeOrderItem item : order.items()) {
            ChangeOrders.Approver approver = approvers.get(item.ownerId());
            if (approver == null) {
                throw approvalsMissing(actor, order, List.of(item.ownerId()));
            }
            // Checked item by item, after the earlier ones were released: a refusal rolls all of them back.
            requireDraft(actor, item);
            if (!orders.contentAsReviewed(id, item.itemId())) {
                throw new StateRefused("changeOrder.revision-changed", shownNumber(actor, item), item.revisionLabel());
            }
            Actor authority = new Actor(approver.personId(), approver.username(), approver.displayName(),
                    item.ownerId().value(), Set.of(Role.ENGINEER));
            released.add(bomManagement.release(authority, item.revisionId(), new RevisionRelease(null, null, null)).id());
        }
        orders.setStatus(id, ChangeOrderStatus.APPROVED, ChangeOrderStatus.RELEASED, null);
        orders.append(id, ChangeOrderEventKind.RELEASED, actor, new OrganisationId(actor.organisationId()), null, null, null);
        events.publishEvent(new ChangeOrderReleased(id, List.copyOf(released)));
        return get(actor, id);
    }

    private StateRefused approvalsMissing(Actor actor, ChangeOrder order, List<OrganisationId> missing) {
        Map<UUID, String> names = organisationNames(actor);
        return new StateRefused("changeOrder.approvals-missing", order.number(), missing.stream()
                .map(o -> names.getOrDefault(o.value(), o.toString())).sorted().collect(Collectors.joining(", ")));
    }

    private ChangeOrder find(Actor actor, ChangeOrderId id, boolean lock) {
        return orders.find(readers.owners(actor), id, lock).orElseThrow(() -> new NotFound("change order", id));
    }

    /** Drafting and releasing are for the engineers of the organisation that raised the order, and administrators. */
    private static boolean mayEdit(Actor actor, ChangeOrder order) {
        return actor.isAdministrator() || (actor.has(Role.ENGINEER) && actor.actsFor(order.organisationId().value()));
    }

    private static void requireEdit(Actor actor, ChangeOrder order) {
        if (!mayEdit(actor, order)) {
            throw new Forbidden();
        }
    }

    /**
     * Deciding is for an engineer of an organisation that owns an affected item, for that organisation only
     * (an administrator is no design authority). Returns the organisation decided for.
     */
    private static OrganisationId requireDecide(Actor actor, ChangeOrder order, ChangeOrderStatus next) {
        boolean owner = order.items().stream().anyMatch(i -> actor.actsFor(i.ownerId().value()))
                || order.approvals().stream().anyMatch(a -> actor.actsFor(a.organisationId().value()));
        if (!actor.has(Role.ENGINEER) || !owner) {
            throw new Forbidden();
        }
        requireTransition(order, next);
        return new OrganisationId(actor.organisationId());
    }

    private static void requireTransition(ChangeOrder order, ChangeOrderStatus next) {
        if (!order.status().canBecome(next)) {
            throw new StateRefused("changeOrder.transition-refused", order.number(), order.status(), next);
        }
    }

    private static void requireStatus(ChangeOrder order, ChangeOrderStatus status) {
        if (order.status() != status) {
            throw new StateRefused("changeOrder.not-draft", order.number(), order.status());
        }
    }

    private void requireDraft(Actor actor, ChangeOrderItem item) {
        RevisionStatus status = boms.revision(item.revisionId()).map(BomRevision::status).orElse(null);
        if (status != RevisionStatus.DRAFT) {
            throw new StateRefused("changeOrder.revision-no-longer-draft", shownNumber(actor, item), item.revisionLabel());
        }
    }

    /** The item's number, or for an item the actor may not see, its owner (as in {@link #present}). */
    private String shownNumber(Actor actor, ChangeOrderItem item) {
        if (readable(readers.owners(actor), item.ownerId().value())) {
            return item.itemNumber();
        }
        return organisationNames(actor).getOrDefault(item.ownerId().value(), item.ownerId().toString());
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
    }

    /** Adds organisation names, and hides the items the actor may not read (only their owner shows). */
    private ChangeOrder present(Actor actor, ChangeOrder o, Map<UUID, String> names) {
        UUID[] owners = readers.owners(actor);
        List<ChangeOrderItem> shown = o.items().stream().map(i -> readable(owners, i.ownerId().value())
                ? new ChangeOrderItem(i.itemId(), i.itemNumber(), i.itemName(), i.ownerId(), names.get(i.ownerId().value()),
                i.revisionId(), i.revisionLabel(), i.revisionStatus(), false)
                : new ChangeOrderItem(null, null, null, i.ownerId(), names.get(i.ownerId().value()), null, null,
                i.revisionStatus(), true)).toList();
        List<ChangeOrderApproval> approvals = o.approvals().stream()
                .map(a -> new ChangeOrderApproval(a.organisationId(), names.get(a.organisationId().value()), a.decision(),
                        a.decidedBy(), a.decidedByName(), a.decidedAt(), a.reason()))
                .sorted(Comparator.comparing(a -> a.organisationName() == null ? a.organisationId().toString() : a.organisationName()))
                .toList();
        return new ChangeOrder(o.id(), o.number(), o.title(), o.problem(), o.proposedChange(), o.organisationId(),
                names.get(o.organisationId().value()), o.createdBy(), o.createdByName(), o.status(), o.rejectionReason(),
                o.createdAt(), o.submittedAt(), o.releasedAt(), shown, approvals, o.version());
    }

    private static boolean readable(UUID[] owners, UUID owner) {
        if (owners == null) {
            return true;
        }
        for (UUID candidate : owners) {
            if (candidate.equals(owner)) {
                return true;
            }
        }
        return false;
    }

    /** Names of the organisations the actor may see (partners' visibility rule); others stay unnamed. */
    private Map<UUID, String> organisationNames(Actor actor) {
        return organisations.choices(actor).stream()
                .collect(Collectors.toMap(o -> o.id().value(), Organisation::name, (a, b) -> a));
    }
}
