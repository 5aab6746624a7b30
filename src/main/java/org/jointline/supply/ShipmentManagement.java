package org.jointline.supply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jointline.compliance.Assessment;
import org.jointline.compliance.AssessmentLine;
import org.jointline.compliance.AssessmentRequest;
import org.jointline.compliance.Outcome;
import org.jointline.compliance.TransferAssessments;
import org.jointline.compliance.TransferKind;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.Tracking;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityId;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.StateRefused;
import org.jointline.supply.internal.Access;
import org.jointline.supply.internal.Catalogue;
import org.jointline.supply.internal.Ledger;
import org.jointline.supply.internal.Locations;
import org.jointline.supply.internal.Serials;
import org.jointline.supply.internal.Shipments;
import org.jointline.supply.internal.Stock;
import org.jointline.supply.internal.SupplierParts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipments between facilities and to customers' depots. Nothing leaves without a cleared compliance assessment:
 * the decision is asked of {@link TransferAssessments} and asked again at dispatch (an officer may have released
 * or blocked a held one); without a compliance module nothing is dispatched. Dispatch moves the lines into the
 * origin's in-transit location; receipt at the destination moves exactly what was dispatched out of transit,
 * what arrived into the destination, and records every difference.
 */
@Service
@Transactional
public class ShipmentManagement {

    private final Shipments shipments;
    private final Access access;
    private final Catalogue catalogue;
    private final Stock stock;
    private final Ledger ledger;
    private final Serials serials;
    private final Locations locations;
    private final SupplierParts supplierParts;
    private final ObjectProvider<TransferAssessments> assessments;
    private final ApplicationEventPublisher events;
    private final org.jointline.supply.internal.DespatchNotes despatchNotes;

    ShipmentManagement(org.jointline.supply.internal.DespatchNotes despatchNotes, Shipments shipments, Access access, Catalogue catalogue, Stock stock, Ledger ledger, Serials serials,
                       Locations locations, SupplierParts supplierParts, ObjectProvider<TransferAssessments> assessments,
                       ApplicationEventPublisher events) {
        this.despatchNotes = despatchNotes;
        this.shipments = shipments;
        this.access = access;
        this.catalogue = catalogue;
        this.stock = stock;
        this.ledger = ledger;
        this.serials = serials;
        this.locations = locations;
        this.supplierParts = supplierParts;
        this.assessments = assessments;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageResult<Shipment> list(Actor actor, ShipmentStatus status, PageQuery query) {
        Map<FacilityId, Facility> known = access.known(actor);
        UUID[] ids = access.visible(actor).keySet().stream().map(FacilityId::value).toArray(UUID[]::new);
        return shipments.page(ids, status, query).map(s -> named(s, known, false));
    }

    @Transactional(readOnly = true)
    public Shipment get(Actor actor, ShipmentId id) {
        Shipment shipment = shipments.find(id).orElseThrow(() -> new NotFound("shipment", id));
        Map<FacilityId, Facility> visible = access.visible(actor);
        if (!visible.containsKey(shipment.origin()) && !visible.containsKey(shipment.destination())) {
            throw new NotFound("shipment", id);
        }
        return named(shipment, access.known(actor), true);
    }

    /** The compliance decision behind the shipment as it stands now, if one was asked for and compliance is there. */
    @Transactional(readOnly = true)
    public java.util.Optional<Assessment> assessment(Actor actor, ShipmentId id) {
        Shipment shipment = get(actor, id);
        TransferAssessments port = assessments.getIfAvailable();
        if (shipment.assessment() == null || port == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(port.get(actor, shipment.assessment()));
    }

    /** The despatch note of the shipment, as PDF, in the reader's language. */
    @Transactional(readOnly = true)
    public byte[] despatchNote(Actor actor, ShipmentId id, java.util.Locale locale) {
        Shipment shipment = get(actor, id);
        return despatchNotes.write(shipment, access.facility(actor, shipment.origin()),
                access.facility(actor, shipment.destination()), locale);
    }

    @Transactional(readOnly = true)
    public boolean mayDispatch(Actor actor, Shipment shipment) {
        return shipment.status() == ShipmentStatus.DRAFT && access.handled(actor).containsKey(shipment.origin());
    }

    @Transactional(readOnly = true)
    public boolean mayReceive(Actor actor, Shipment shipment) {
        return shipment.status() == ShipmentStatus.DISPATCHED && access.handled(actor).containsKey(shipment.destination());
    }

    public Shipment create(Actor actor, ShipmentDetails details) {
        Facility origin = access.handle(actor, details.origin());
        Facility destination;
        try {
            destination = access.facility(actor, details.destination());
        } catch (NotFound e) {
            throw new InvalidInput("destination", "supply.unknown-facility");
        }
        if (origin.id().equals(destination.id())) {
            throw new InvalidInput("destination", "supply.same-facility");
        }
        locations.ensureStandard(origin.id());
        List<Shipments.NewLine> lines = new ArrayList<>();
        for (int i = 0; i < details.lines().size(); i++) {
            lines.add(pick(actor, origin, details.lines().get(i), "lines[" + i + "]."));
        }
        ShipmentId id = ShipmentId.next();
        shipments.insert(id, origin.id(), destination.id(), destination.organisationId(), destination.country(),
                details.note(), actor.displayName(), lines);
        return get(actor, id);
    }

    /** Checks a pick against the stock there now (dispatch takes it for real, refusing if it has gone meanwhile). */
    private Shipments.NewLine pick(Actor actor, Facility origin, ShipmentDetails.Line line, String field) {
        Item item = catalogue.item(line.item(), field + "item");
        Location from = stock.location(actor, line.from(), field + "from", true);
        if (!from.facility().equals(origin.id()) || from.kind() == LocationKind.IN_TRANSIT) {
            throw new InvalidInput(field + "from", "supply.pick-from-origin", origin.code());
        }
        BigDecimal quantity;
        List<String> picked = line.serials().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (item.tracking() == Tracking.SERIAL) {
            if (picked.isEmpty()) {
                throw new InvalidInput(field + "serials", "supply.serials-required", item.number());
            }
            List<Serials.Taken> there = serials.lock(item.id(), picked, SerialState.IN_STOCK, from.id());
            Set<String> found = there.stream().map(Serials.Taken::serial).collect(Collectors.toSet());
            for (String serial : picked) {
                if (!found.contains(serial)) {
                    throw new InvalidInput(field + "serials", "supply.serial-not-in-stock", serial, item.number(), from.code());
                }
            }
            quantity = BigDecimal.valueOf(picked.size());
        } else {
            if (!picked.isEmpty()) {
                throw new InvalidInput(field + "serials", "supply.not-serialized", item.number());
            }
            if (item.tracking() == Tracking.LOT && line.lot() == null) {
                throw new InvalidInput(field + "lot", "supply.lot-required", item.number());
            }
            quantity = Catalogue.positive(item, line.quantity(), field + "quantity");
            BigDecimal onHand = ledger.onHand(item.id(), item.tracking() == Tracking.LOT ? line.lot() : null, from.id());
            if (onHand.compareTo(quantity) < 0) {
                throw new InvalidInput(field + "quantity", "supply.not-enough-stock", item.number(), "", from.code(),
                        onHand.stripTrailingZeros().toPlainString(), quantity.stripTrailingZeros().toPlainString());
            }
        }
        return new Shipments.NewLine(item.id(), item.tracking() == Tracking.NONE ? null : line.lot(), from.id(), quantity,
                line.valueEur() != null ? line.valueEur() : value(item.id(), quantity), picked);
    }

    /** Value in EUR from the cheapest approved EUR supplier price, when none is given; zero if there is none. */
    private BigDecimal value(ItemId item, BigDecimal quantity) {
        return supplierParts.of(null, item).stream().filter(p -> p.approved() && "EUR".equals(p.currency()))
                .map(p -> p.unitPrice(quantity)).filter(java.util.Objects::nonNull).min(BigDecimal::compareTo)
                .map(price -> price.multiply(quantity).setScale(2, RoundingMode.HALF_UP)).orElse(BigDecimal.ZERO);
    }

    /** Asks compliance for the decision on the shipment's goods and records it. */
    public Shipment requestAssessment(Actor actor, ShipmentId id) {
        Shipment shipment = draftHandledAtOrigin(actor, id);
        TransferAssessments port = port();
        List<AssessmentLine> lines = shipment.lines().stream()
                .map(l -> new AssessmentLine(l.item(), null, l.quantity(), l.valueEur() == null ? BigDecimal.ZERO : l.valueEur()))
                .toList();
        Assessment assessment = port.assess(actor, new AssessmentRequest(shipment.origin(), shipment.consignee(),
                shipment.destinationCountry(), TransferKind.GOODS, lines, shipment.number()));
        shipments.assessed(id, assessment.id(), assessment.outcome());
        return get(actor, id);
    }

    /** Dispatches a cleared shipment: every line into the origin's in-transit location, or nothing. */
    public Shipment dispatch(Actor actor, ShipmentId id) {
        Shipment shipment = draftHandledAtOrigin(actor, id);
        if (shipment.assessment() == null) {
            throw new StateRefused("supply.shipment-not-assessed", shipment.number());
        }
        Assessment now = port().get(actor, shipment.assessment());
        shipments.assessed(id, now.id(), now.outcome());
        if (!now.cleared()) {
            String reasons = now.lines().stream().flatMap(l -> l.reasons().stream()).map(r -> r.message())
                    .distinct().collect(Collectors.joining("; "));
            throw new StateRefused("supply.shipment-not-cleared", shipment.number(), now.outcome(), reasons);
        }
        if (!shipments.status(id, ShipmentStatus.DRAFT, ShipmentStatus.DISPATCHED, actor.displayName())) {
            throw new StateRefused("supply.shipment-state", shipment.number(), shipment.status());
        }
        Location transit = transit(shipment.origin());
        List<ShippedLine> shipped = new ArrayList<>();
        for (Shipment.Line line : shipment.lines()) {
            Item item = catalogue.item(line.item(), "item");
            Location from = locations.find(line.from()).orElseThrow();
            Stock.Change change = stock.take(actor, new Stock.Outbound(item, line.lot(), line.serials(),
                    line.serials().isEmpty() ? line.quantity() : null, from, MoveKind.DISPATCH, transit,
                    SerialState.IN_STOCK, null, shipment.number()));
            shipped.add(new ShippedLine(item.id(), line.lot(), line.lotNumber(), change.serials(), change.quantity()));
        }
        events.publishEvent(new ShipmentDispatched(id, shipment.number(), shipment.origin(), shipment.destination(),
                shipment.consignee(), shipment.destinationCountry(), now.id(), shipped, java.time.Instant.now(),
                StockManagement.organisation(actor)));
        return get(actor, id);
    }

    public Shipment cancel(Actor actor, ShipmentId id) {
        Shipment shipment = draftHandledAtOrigin(actor, id);
        if (!shipments.status(id, ShipmentStatus.DRAFT, ShipmentStatus.CANCELLED, actor.displayName())) {
            throw new StateRefused("supply.shipment-state", shipment.number(), shipment.status());
        }
        return get(actor, id);
    }

    /** Receives at the destination: exactly what was dispatched leaves transit; what arrived goes into the location. */
    public Shipment receive(Actor actor, ShipmentId id, ShipmentReceipt receipt) {
        Shipment shipment = get(actor, id);
        if (!access.handled(actor).containsKey(shipment.destination())) {
            throw new Forbidden();
        }
        if (shipment.status() != ShipmentStatus.DISPATCHED) {
            throw new StateRefused("supply.shipment-not-in-transit", shipment.number(), shipment.status());
        }
        Location into = stock.location(actor, receipt.location(), "location", true);
        if (!into.facility().equals(shipment.destination()) || into.kind() == LocationKind.IN_TRANSIT) {
            throw new InvalidInput("location", "supply.receive-at-destination", shipment.destinationCode());
        }
        Map<ShipmentLineId, ShipmentReceipt.Line> given = new java.util.HashMap<>();
        for (ShipmentReceipt.Line line : receipt.lines()) {
            if (shipment.lines().stream().noneMatch(l -> l.id().equals(line.line()))) {
                throw new InvalidInput("lines", "supply.unknown-shipment-line", shipment.number());
            }
            given.put(line.line(), line);
        }
        if (!shipments.status(id, ShipmentStatus.DISPATCHED, ShipmentStatus.RECEIVED, actor.displayName())) {
            throw new StateRefused("supply.shipment-not-in-transit", shipment.number(), shipment.status());
        }
        Location transit = transit(shipment.origin());
        List<ShippedLine> arrived = new ArrayList<>();
        List<Discrepancy> differences = new ArrayList<>();
        for (Shipment.Line line : shipment.lines()) {
            Item item = catalogue.item(line.item(), "item");
            ShipmentReceipt.Line got = given.get(line.id());
            if (item.tracking() == Tracking.SERIAL) {
                receiveSerials(actor, shipment, line, item, got, transit, into, arrived, differences);
            } else {
                receiveQuantity(actor, shipment, line, item, got, transit, into, arrived, differences);
            }
        }
        differences.forEach(d -> shipments.discrepancy(id, d));
        events.publishEvent(new ShipmentReceived(id, shipment.number(), shipment.origin(), shipment.destination(), into.id(),
                arrived, differences, java.time.Instant.now(), StockManagement.organisation(actor)));
        return get(actor, id);
    }

    private void receiveQuantity(Actor actor, Shipment shipment, Shipment.Line line, Item item, ShipmentReceipt.Line got,
                                 Location transit, Location into, List<ShippedLine> arrived, List<Discrepancy> differences) {
        BigDecimal received = got == null || got.quantity() == null ? line.quantity()
                : Catalogue.fitsUnit(item, got.quantity(), "lines");
        BigDecimal moved = received.min(line.quantity());
        if (moved.signum() > 0) {
            stock.take(actor, new Stock.Outbound(item, line.lot(), List.of(), moved, transit, MoveKind.ARRIVAL, into,
                    SerialState.IN_STOCK, null, shipment.number(), true));
            arrived.add(new ShippedLine(item.id(), line.lot(), line.lotNumber(), List.of(), moved));
        }
        BigDecimal missing = line.quantity().subtract(moved);
        if (missing.signum() > 0) {
            stock.take(actor, new Stock.Outbound(item, line.lot(), List.of(), missing, transit, MoveKind.DISCREPANCY, null,
                    SerialState.LOST, "short at receipt", shipment.number(), true));
        }
        if (received.compareTo(line.quantity()) != 0) {
            differences.add(new Discrepancy(line.id(), item.id(), item.number(), null, line.quantity(), received,
                    got == null ? null : got.note()));
        }
        shipments.received(line.id(), received, null);
    }

    private void receiveSerials(Actor actor, Shipment shipment, Shipment.Line line, Item item, ShipmentReceipt.Line got,
                                Location transit, Location into, List<ShippedLine> arrived, List<Discrepancy> differences) {
        List<String> expected = line.serials();
        List<String> reported = got == null || got.serials() == null ? expected
                : got.serials().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        Set<String> expectedSet = new HashSet<>(expected);
        List<String> present = reported.stream().filter(expectedSet::contains).toList();
        List<String> missing = expected.stream().filter(s -> !present.contains(s)).toList();
        String note = got == null ? null : got.note();
        if (!present.isEmpty()) {
            stock.take(actor, new Stock.Outbound(item, null, present, null, transit, MoveKind.ARRIVAL, into,
                    SerialState.IN_STOCK, null, shipment.number(), true));
            arrived.add(new ShippedLine(item.id(), line.lot(), line.lotNumber(), present, BigDecimal.valueOf(present.size())));
        }
        if (!missing.isEmpty()) {
            stock.take(actor, new Stock.Outbound(item, null, missing, null, transit, MoveKind.DISCREPANCY, null,
                    SerialState.LOST, "missing at receipt", shipment.number(), true));
            missing.forEach(s -> differences.add(new Discrepancy(line.id(), item.id(), item.number(), s, BigDecimal.ONE,
                    BigDecimal.ZERO, note)));
        }
        reported.stream().filter(s -> !expectedSet.contains(s)).forEach(s -> differences.add(
                new Discrepancy(line.id(), item.id(), item.number(), s, BigDecimal.ZERO, BigDecimal.ONE, note)));
        shipments.received(line.id(), BigDecimal.valueOf(present.size()), present);
    }

    private Shipment draftHandledAtOrigin(Actor actor, ShipmentId id) {
        Shipment shipment = get(actor, id);
        if (!access.handled(actor).containsKey(shipment.origin())) {
            throw new Forbidden();
        }
        if (shipment.status() != ShipmentStatus.DRAFT) {
            throw new StateRefused("supply.shipment-state", shipment.number(), shipment.status());
        }
        return shipment;
    }

    private TransferAssessments port() {
        TransferAssessments port = assessments.getIfAvailable();
        if (port == null) {
            throw new StateRefused("supply.compliance-unavailable");
        }
        return port;
    }

    private Location transit(FacilityId facility) {
        locations.ensureStandard(facility);
        return locations.firstOfKind(facility, LocationKind.IN_TRANSIT).orElseThrow();
    }

    private Shipment named(Shipment s, Map<FacilityId, Facility> visible, boolean lines) {
        String origin = visible.containsKey(s.origin()) ? visible.get(s.origin()).code() : "?";
        String destination = visible.containsKey(s.destination()) ? visible.get(s.destination()).code() : "?";
        List<Shipment.Line> named = s.lines();
        List<Discrepancy> discrepancies = s.discrepancies();
        if (lines) {
            Map<ItemId, Item> items = catalogue.items(s.lines().stream().map(Shipment.Line::item).distinct().toList());
            named = s.lines().stream().map(l -> {
                Item i = items.get(l.item());
                return new Shipment.Line(l.id(), l.lineNumber(), l.item(), i == null ? "?" : i.number(), i == null ? "" : i.name(),
                        l.lot(), l.lotNumber(), l.from(), l.fromCode(), l.quantity(), l.serials(), l.valueEur(), l.received());
            }).toList();
            discrepancies = s.discrepancies().stream().map(d -> new Discrepancy(d.line(), d.item(),
                    items.containsKey(d.item()) ? items.get(d.item()).number() : "?", d.serial(), d.expected(), d.received(),
                    d.note())).toList();
        }
        return new Shipment(s.id(), s.number(), s.origin(), origin, s.destination(), destination, s.consignee(),
                s.destinationCountry(), s.status(), s.assessment(), s.outcome(), s.note(), s.createdBy(), s.createdAt(),
                s.dispatchedBy(), s.dispatchedAt(), s.receivedBy(), s.receivedAt(), named, discrepancies);
    }

}
