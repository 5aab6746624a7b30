package org.jointline.supply;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.Tracking;
import org.jointline.partners.Facility;
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
import org.jointline.supply.internal.Access;
import org.jointline.supply.internal.Catalogue;
import org.jointline.supply.internal.PurchaseOrders;
import org.jointline.supply.internal.Stock;
import org.jointline.screening.PartyScreening;
import org.jointline.screening.PartyState;
import org.jointline.screening.ScreeningHit;
import org.jointline.screening.ScreeningState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchase orders: drafted and confirmed by the buyer's buyers, delivered to one of the buyer's facilities,
 * received there in parts or at once, creating lots or serial numbers with the supplier's lot and certificate.
 * Seen by the buyer, the supplier, and the programme office and auditors of the buyer's programmes.
 */
@Service
@Transactional
public class PurchaseOrderManagement {

    private final PurchaseOrders orders;
    private final SupplierManagement suppliers;
    private final OrganisationManagement organisations;
    private final Access access;
    private final Catalogue catalogue;
    private final Stock stock;
    private final ApplicationEventPublisher events;
    private final PartyScreening screening;

    PurchaseOrderManagement(PurchaseOrders orders, SupplierManagement suppliers, OrganisationManagement organisations,
                            Access access, Catalogue catalogue, Stock stock, ApplicationEventPublisher events,
                            PartyScreening screening) {
        this.screening = screening;
        this.orders = orders;
        this.suppliers = suppliers;
        this.organisations = organisations;
        this.access = access;
        this.catalogue = catalogue;
        this.stock = stock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageResult<PurchaseOrder> list(Actor actor, OrderStatus status, PageQuery query) {
        UUID[] parties = actor.isAdministrator() ? null : parties(actor).stream().map(OrganisationId::value).toArray(UUID[]::new);
        PageResult<PurchaseOrder> page = orders.page(parties, status, query);
        return page.map(o -> named(actor, o));
    }

    @Transactional(readOnly = true)
    public PurchaseOrder get(Actor actor, PurchaseOrderId id) {
        PurchaseOrder order = orders.find(id).orElseThrow(() -> new NotFound("purchase-order", id));
        if (!actor.isAdministrator() && !parties(actor).contains(order.buyer()) && !parties(actor).contains(order.supplier())) {
            throw new NotFound("purchase-order", id);
        }
        return named(actor, order);
    }

    @Transactional(readOnly = true)
    public boolean mayBuy(Actor actor, PurchaseOrder order) {
        return actor.isAdministrator() || (actor.has(Role.BUYER) && actor.actsFor(order.buyer().value()));
    }

    public PurchaseOrder create(Actor actor, OrderDetails details) {
        actor.require(Role.BUYER);
        Facility facility;
        try {
            facility = access.see(actor, details.facility());
        } catch (NotFound e) {
            throw new InvalidInput("facility", "supply.unknown-facility");
        }
        if (!actor.isAdministrator() && !actor.actsFor(facility.organisationId().value())) {
            throw new InvalidInput("facility", "supply.facility-not-yours");
        }
        try {
            suppliers.supplier(actor, details.supplier());
        } catch (NotFound e) {
            throw new InvalidInput("supplier", "supply.unknown-supplier");
        }
        for (int i = 0; i < details.lines().size(); i++) {
            OrderDetails.Line line = details.lines().get(i);
            Item item = catalogue.item(line.item(), "lines[" + i + "].item");
            Catalogue.positive(item, line.quantity(), "lines[" + i + "].quantity");
        }
        PurchaseOrderId id = PurchaseOrderId.next();
        orders.insert(id, facility.organisationId(), details, actor.displayName());
        return get(actor, id);
    }

    /** Confirms a draft; refused while screening holds or blocks the supplier. */
    public PurchaseOrder confirm(Actor actor, PurchaseOrderId id) {
        PurchaseOrder order = get(actor, id);
        if (!mayBuy(actor, order)) {
            throw new Forbidden();
        }
        screened(order);
        return transition(actor, id, OrderStatus.DRAFT, OrderStatus.CONFIRMED);
    }

    public PurchaseOrder cancel(Actor actor, PurchaseOrderId id) {
        PurchaseOrder order = get(actor, id);
        if (order.lines().stream().anyMatch(l -> l.received().signum() > 0)) {
            throw new StateRefused("supply.order-has-receipts", order.number());
        }
        return transition(actor, id, order.status(), OrderStatus.CANCELLED);
    }

    private PurchaseOrder transition(Actor actor, PurchaseOrderId id, OrderStatus from, OrderStatus to) {
        PurchaseOrder order = get(actor, id);
        if (!mayBuy(actor, order)) {
            throw new Forbidden();
        }
        if (order.status() != from || from == OrderStatus.RECEIVED || from == OrderStatus.CANCELLED
                || !orders.setStatus(id, from, to)) {
            throw new StateRefused("supply.order-transition-refused", order.number(), order.status(), to);
        }
        return get(actor, id);
    }

    /** Receives against one line; more than is open only with an over-receipt reason. */
    public PurchaseOrder receive(Actor actor, PurchaseOrderId id, OrderReceipt receipt) {
        PurchaseOrder order = get(actor, id);
        PurchaseOrderLine line = order.lines().stream().filter(l -> l.id().equals(receipt.line())).findFirst()
                .orElseThrow(() -> new InvalidInput("line", "supply.unknown-order-line", order.number()));
        if (!order.status().receivable()) {
            throw new StateRefused("supply.order-not-receivable", order.number(), order.status());
        }
        Location location = stock.location(actor, receipt.location(), "location", true);
        if (!location.facility().equals(order.facility())) {
            throw new InvalidInput("location", "supply.location-not-order-facility", order.facilityCode());
        }
        if (location.kind() == LocationKind.IN_TRANSIT) {
            throw new InvalidInput("location", "supply.not-in-transit");
        }
        screened(order);
        Item item = catalogue.item(line.item(), "line");
        BigDecimal quantity = item.tracking() == Tracking.SERIAL && receipt.quantity() == null
                ? BigDecimal.valueOf(receipt.serials().size()) : receipt.quantity();
        if (quantity != null && quantity.signum() > 0
                && !orders.addReceived(line.id(), quantity, receipt.overReceiptReason() != null)) {
            throw new InvalidInput("quantity", "supply.over-receipt", line.open().toPlainString(), line.lineNumber());
        }
        Stock.Change change = stock.put(actor, new Stock.Inbound(item, location, quantity,
                lotNumber(item, receipt, order), null, receipt.supplierLot(), order.supplier(), receipt.certificate(),
                receipt.serials(), MoveKind.RECEIPT, null, receipt.overReceiptReason(), order.number()));
        orders.recordReceipt(line.id(), change.quantity(), location.id().value(),
                change.lot() == null ? null : change.lot().id().value(), receipt.supplierLot(), receipt.certificate(),
                receipt.overReceiptReason(), actor.displayName());
        orders.settle(id);
        events.publishEvent(StockManagement.received(actor, change, order.number()));
        return get(actor, id);
    }

    /** Refuses, naming the reason, unless sanctions screening clears the order's supplier now. */
    private void screened(PurchaseOrder order) {
        PartyState party = screening.state(order.supplier());
        if (party.state() == ScreeningState.CLEAR) {
            return;
        }
        String entries = party.hits().stream().map(ScreeningHit::entryName).distinct().limit(3)
                .reduce((a, b) -> a + "; " + b).orElse("?");
        throw new SupplierNotClear(party.state() == ScreeningState.HELD ? "supply.supplier-held" : "supply.supplier-blocked",
                order.supplierName(), order.number(), entries);
    }

    /** Lot-tracked goods without a lot number of ours get one from the order and line. */
    private static String lotNumber(Item item, OrderReceipt receipt, PurchaseOrder order) {
        if (receipt.lotNumber() != null && !receipt.lotNumber().isBlank()) {
            return receipt.lotNumber();
        }
        if (item.tracking() != Tracking.LOT) {
            return null;
        }
        String base = receipt.supplierLot() == null || receipt.supplierLot().isBlank() ? order.number()
                : order.number() + "-" + receipt.supplierLot().strip();
        return base.length() > 80 ? base.substring(0, 80) : base;
    }

    private Set<OrganisationId> parties(Actor actor) {
        OrganisationId own = new OrganisationId(actor.organisationId());
        if (actor.has(Role.PROGRAMME_OFFICE) || actor.has(Role.AUDITOR)) {
            return organisations.partnersOf(own);
        }
        return Set.of(own);
    }

    private PurchaseOrder named(Actor actor, PurchaseOrder o) {
        String supplierName = organisations.choices(actor).stream().filter(org -> org.id().equals(o.supplier()))
                .map(org -> org.name()).findFirst().orElse("?");
        String facilityCode = access.visible(actor).values().stream().filter(f -> f.id().equals(o.facility()))
                .map(Facility::code).findFirst().orElse("?");
        Map<ItemId, Item> items = catalogue.items(o.lines().stream().map(PurchaseOrderLine::item).distinct().toList());
        var lines = o.lines().stream().map(l -> {
            Item i = items.get(l.item());
            return new PurchaseOrderLine(l.id(), l.lineNumber(), l.item(), i == null ? "?" : i.number(),
                    i == null ? "" : i.name(), l.quantity(), l.unitPrice(), l.dueDate(), l.received());
        }).toList();
        return new PurchaseOrder(o.id(), o.number(), o.buyer(), o.supplier(), supplierName, o.facility(), facilityCode,
                o.currency(), o.status(), o.supplierReference(), o.createdBy(), o.createdAt(), o.confirmedAt(), lines);
    }
}
