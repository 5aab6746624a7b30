package org.jointline.production.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jointline.compliance.Outcome;
import org.jointline.engineering.ItemId;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityId;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationChanged;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Remembered;
import org.jointline.supply.Consumption;
import org.jointline.supply.InstalledSerials;
import org.jointline.supply.LocationId;
import org.jointline.supply.LocationKind;
import org.jointline.supply.Lot;
import org.jointline.supply.LotId;
import org.jointline.supply.ProducedUnit;
import org.jointline.supply.Scrap;
import org.jointline.supply.SerialManagement;
import org.jointline.supply.SerialNumber;
import org.jointline.supply.SerialState;
import org.jointline.supply.Shipment;
import org.jointline.supply.ShipmentDetails;
import org.jointline.supply.ShipmentId;
import org.jointline.supply.ShipmentManagement;
import org.jointline.supply.StockLine;
import org.jointline.supply.StockManagement;
import org.jointline.supply.ReceiptRemainder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Production's view of stock, answered by the supply module's API. */
@Component
class SupplyStock implements Stock {

    private final StockManagement stock;
    private final SerialManagement serials;
    private final InstalledSerials installed;
    private final OrganisationManagement organisations;
    private final ShipmentManagement shipments;
    private final FacilityManagement facilities;
    private final Remembered<UUID, String> supplierNames = new Remembered<>();
    private final Map<String, LocationId> locations = new ConcurrentHashMap<>();

    SupplyStock(StockManagement stock, SerialManagement serials, InstalledSerials installed,
                OrganisationManagement organisations, ShipmentManagement shipments, FacilityManagement facilities) {
        this.facilities = facilities;
        this.stock = stock;
        this.serials = serials;
        this.installed = installed;
        this.organisations = organisations;
        this.shipments = shipments;
    }

    @Override
    public Map<ItemId, BigDecimal> available(Actor actor, FacilityId facility, Collection<ItemId> items) {
        Map<ItemId, BigDecimal> available = new LinkedHashMap<>();
        items.forEach(item -> available.put(item, stock.available(actor, item, facility).available()));
        return available;
    }

    @Override
    public Optional<StockedSerial> serial(Actor actor, FacilityId facility, ItemId item, String serial) {
        return serials(actor, facility, serial).stream().filter(s -> s.item().equals(item)).findFirst();
    }

    @Override
    public List<StockedSerial> serials(Actor actor, FacilityId facility, String serial) {
        return serials.find(actor, serial).stream().map(s -> stocked(actor, facility, s)).toList();
    }

    @Override
    public List<StockedLot> lots(Actor actor, Collection<ItemId> items, String lot) {
        return items.stream().distinct().flatMap(item -> stock.lots(actor, item).stream())
                .filter(l -> l.lotNumber().equalsIgnoreCase(lot))
                .map(l -> new StockedLot(l.id().value(), l.item(), l.lotNumber(), supplierId(l.supplier()), supplierName(actor, l.supplier())))
                .toList();
    }

    @Override
    public void consumeSerial(Actor actor, FacilityId facility, ItemId item, String serial, String reference) {
        stock.install(actor, Consumption.ofSerial(item, serial, reference));
    }

    @Override
    public void consumeLot(Actor actor, FacilityId facility, StockedLot lot, BigDecimal quantity, String reference) {
        stock.install(actor, Consumption.ofLot(lot.item(), new LotId(lot.id()), quantity,
                location(actor, facility, LocationKind.LINE_SIDE), reference));
    }

    @Override
    public void returnSerial(Actor actor, FacilityId facility, ItemId item, String serial, String reference) {
        installed.returnToStock(actor, facility, item, serial, reference);
    }

    @Override
    public void receiveUnit(Actor actor, FacilityId facility, ItemId item, String serial, String reference, boolean again) {
        boolean inStock = again && serials.find(actor, serial).stream()
                .anyMatch(s -> s.item().equals(item) && s.state() == SerialState.IN_STOCK);
        if (!inStock) {
            stock.receiveProduced(actor, new ProducedUnit(item, serial, location(actor, facility, LocationKind.WAREHOUSE),
                    reference));
        }
    }

    @Override
    public void scrapUnit(Actor actor, FacilityId facility, ItemId item, String serial, Map<ItemId, List<String>> components,
                          String reason) {
        boolean inStock = serials.find(actor, serial).stream()
                .anyMatch(s -> s.item().equals(item) && s.state() == SerialState.IN_STOCK);
        if (inStock) {
            stock.scrap(actor, new Scrap(item, null, List.of(serial), null, null, reason, serial));
        }
        components.forEach((component, list) -> installed.scrap(actor, facility, component, list, reason, serial));
    }

    /**
     * A supply shipment from the facility's finished-goods store to the customer's facility, assessed by compliance;
     * dispatched only when cleared (a held or blocked one stays a draft for the officers).
     */
    @Override
    public Shipped ship(Actor actor, FacilityId from, OrganisationId customer, FacilityId to, ItemId item, List<String> shipped,
                        String reference) {
        LocationId store = stock.location(actor, from, LocationKind.WAREHOUSE).id();
        Shipment shipment = shipments.create(actor, new ShipmentDetails(from, to, reference,
                List.of(new ShipmentDetails.Line(item, null, shipped, null, store, null))));
        return assessedAndDispatched(actor, shipment);
    }

    /**
     * The facility's standard location of a kind, remembered: looking it up makes sure the standard locations exist
     * (five writes) and lists them all, on every scan. Supply still checks the actor may handle stock there.
     */
    private LocationId location(Actor actor, FacilityId facility, LocationKind kind) {
        String key = facility.value() + "/" + kind;
        LocationId known = locations.get(key);
        if (known == null) {
            known = stock.location(actor, facility, kind).id();
            locations.put(key, known);
        }
        return known;
    }

    @Override
    public Shipped returnLot(Actor actor, ItemId item, String lotNumber, String reference) {
        Lot lot = stock.lots(actor, item).stream().filter(l -> l.lotNumber().equalsIgnoreCase(lotNumber)).findFirst()
                .orElseThrow(() -> new InvalidInput("disposition", "production.install.unknown-lot", lotNumber));
        if (lot.supplier() == null) {
            throw new InvalidInput("disposition", "production.nc.return-no-supplier", lot.lotNumber());
        }
        FacilityId to = supplierFacility(actor, lot.supplier());
        for (Facility from : stock.facilities(actor)) {
            if (!actor.actsFor(from.organisationId().value())) {
                continue;
            }
            List<ShipmentDetails.Line> lines = stock.onHand(actor, item, from.id()).stream()
                    .filter(l -> lot.id().equals(l.lot()) && l.quantity().signum() > 0 && l.locationKind() != LocationKind.IN_TRANSIT)
                    .map(l -> line(actor, item, lot, l)).toList();
            if (!lines.isEmpty()) {
                Shipment shipment = shipments.create(actor, new ShipmentDetails(from.id(), to, reference, lines));
                return assessedAndDispatched(actor, shipment);
            }
        }
        throw new InvalidInput("disposition", "production.nc.return-nothing-in-stock", lot.lotNumber());
    }

    /** The receipt's goods still where they were booked in, shipped from the facility of its first line. */
    @Override
    public Shipped returnReceipt(Actor actor, String receipt, String reference) {
        ReceiptRemainder rest = stock.remainderOf(actor, receipt);
        if (!rest.received()) {
            throw new InvalidInput("disposition", "production.nc.return-unknown-receipt", receipt);
        }
        if (rest.lines().isEmpty()) {
            throw new InvalidInput("disposition", "production.nc.return-receipt-nothing-in-stock", receipt);
        }
        FacilityId from = rest.lines().getFirst().facility();
        List<ReceiptRemainder.Line> here = rest.lines().stream().filter(l -> l.facility().equals(from)).toList();
        OrganisationId supplier = here.stream().map(ReceiptRemainder.Line::supplier).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow(() -> new InvalidInput("disposition", "production.nc.return-receipt-no-supplier", receipt));
        List<ShipmentDetails.Line> lines = here.stream().map(l -> new ShipmentDetails.Line(l.item(), l.lot(), l.serials(),
                l.serials().isEmpty() ? l.quantity() : null, l.location(), null)).toList();
        return assessedAndDispatched(actor, shipments.create(actor, new ShipmentDetails(from, supplierFacility(actor, supplier),
                reference, lines)));
    }

    /** Where goods go back to: the supplier's first facility. */
    private FacilityId supplierFacility(Actor actor, OrganisationId supplier) {
        return facilities.list(actor, new PageQuery(0, PageQuery.MAX_SIZE, null), supplier).items().stream()
                .map(Facility::id).findFirst()
                .orElseThrow(() -> new InvalidInput("disposition", "production.nc.return-no-supplier-facility",
                        supplierName(actor, supplier)));
    }

    /** A pick of the lot at one location: its serials there when it is serialized, else the quantity. */
    private ShipmentDetails.Line line(Actor actor, ItemId item, Lot lot, StockLine at) {
        List<String> there = new java.util.ArrayList<>();
        PageResult<SerialNumber> page;
        int number = 0;
        do {
            page = serials.list(actor, item, SerialState.IN_STOCK, new PageQuery(number++, PageQuery.MAX_SIZE, null));
            page.items().stream().filter(s -> lot.id().equals(s.lot()) && at.location().equals(s.location()))
                    .forEach(s -> there.add(s.serial()));
        } while (page.hasNext());
        return there.isEmpty() ? new ShipmentDetails.Line(item, lot.id(), List.of(), at.quantity(), at.location(), null)
                : new ShipmentDetails.Line(item, lot.id(), there, null, at.location(), null);
    }

    private Shipped assessedAndDispatched(Actor actor, Shipment created) {
        Shipment shipment = shipments.requestAssessment(actor, created.id());
        boolean cleared = shipment.outcome() == Outcome.CLEARED;
        if (cleared) {
            shipment = shipments.dispatch(actor, shipment.id());
        }
        return new Shipped(shipment.id().value(), shipment.number(), shipment.outcome() == null ? null : shipment.outcome().name(),
                cleared);
    }

    @Override
    public Shipped dispatch(Actor actor, UUID shipment) {
        Shipment dispatched = shipments.dispatch(actor, new ShipmentId(shipment));
        return new Shipped(dispatched.id().value(), dispatched.number(),
                dispatched.outcome() == null ? null : dispatched.outcome().name(), true);
    }

    private StockedSerial stocked(Actor actor, FacilityId facility, SerialNumber s) {
        String lot = s.lot() == null ? null : stock.lot(actor, s.lot()).lotNumber();
        return new StockedSerial(s.item(), s.serial(), lot, supplierId(s.supplier()), supplierName(actor, s.supplier()),
                s.state() == SerialState.IN_STOCK && facility.equals(s.facility()), s.facility(), s.state().name());
    }

    private static UUID supplierId(OrganisationId supplier) {
        return supplier == null ? null : supplier.value();
    }

    /** A renamed supplier goes into the genealogy under its new name from the next install on. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(OrganisationChanged changed) {
        supplierNames.forget(changed.organisationId().value());
    }

    /** Suppliers' names, remembered: they are written into the genealogy as they were when a part went in. */
    private String supplierName(Actor actor, OrganisationId supplier) {
        if (supplier == null) {
            return null;
        }
        return supplierNames.get(supplier.value(), id -> organisations.choices(actor).stream()
                .filter(o -> o.id().equals(supplier)).map(Organisation::name).findFirst().orElse(null));
    }
}
