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
import org.jointline.partners.FacilityId;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.supply.Consumption;
import org.jointline.supply.InstalledSerials;
import org.jointline.supply.LocationId;
import org.jointline.supply.LocationKind;
import org.jointline.supply.Lot;
import org.jointline.supply.ProducedUnit;
import org.jointline.supply.Scrap;
import org.jointline.supply.SerialManagement;
import org.jointline.supply.SerialNumber;
import org.jointline.supply.SerialState;
import org.jointline.supply.Shipment;
import org.jointline.supply.ShipmentDetails;
import org.jointline.supply.ShipmentManagement;
import org.jointline.supply.StockManagement;
import org.springframework.stereotype.Component;

/** Production's view of stock, answered by the supply module's API. */
@Component
class SupplyStock implements Stock {

    private final StockManagement stock;
    private final SerialManagement serials;
    private final InstalledSerials installed;
    private final OrganisationManagement organisations;
    private final ShipmentManagement shipments;
    private final Map<UUID, String> supplierNames = new ConcurrentHashMap<>();

    SupplyStock(StockManagement stock, SerialManagement serials, InstalledSerials installed,
                OrganisationManagement organisations, ShipmentManagement shipments) {
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
                .map(l -> new StockedLot(l.item(), l.lotNumber(), supplierId(l.supplier()), supplierName(actor, l.supplier())))
                .toList();
    }

    @Override
    public void consumeSerial(Actor actor, FacilityId facility, ItemId item, String serial, String reference) {
        stock.consume(actor, Consumption.ofSerial(item, serial, reference));
    }

    @Override
    public void consumeLot(Actor actor, FacilityId facility, ItemId item, String lot, BigDecimal quantity, String reference) {
        Lot found = stock.lots(actor, item).stream().filter(l -> l.lotNumber().equalsIgnoreCase(lot)).findFirst().orElseThrow();
        stock.consume(actor, Consumption.ofLot(item, found.id(), quantity,
                stock.location(actor, facility, LocationKind.LINE_SIDE).id(), reference));
    }

    @Override
    public void returnSerial(Actor actor, FacilityId facility, ItemId item, String serial, String reference) {
        installed.returnToStock(actor, facility, item, serial, reference);
    }

    @Override
    public void receiveUnit(Actor actor, FacilityId facility, ItemId item, String serial, String reference) {
        boolean inStock = serials.find(actor, serial).stream()
                .anyMatch(s -> s.item().equals(item) && s.state() == SerialState.IN_STOCK);
        if (!inStock) {
            stock.receiveProduced(actor, new ProducedUnit(item, serial,
                    stock.location(actor, facility, LocationKind.WAREHOUSE).id(), reference));
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
        shipment = shipments.requestAssessment(actor, shipment.id());
        boolean cleared = shipment.outcome() == Outcome.CLEARED;
        if (cleared) {
            shipment = shipments.dispatch(actor, shipment.id());
        }
        return new Shipped(shipment.id().value(), shipment.number(), shipment.outcome() == null ? null : shipment.outcome().name(),
                cleared);
    }

    private StockedSerial stocked(Actor actor, FacilityId facility, SerialNumber s) {
        String lot = s.lot() == null ? null : stock.lot(actor, s.lot()).lotNumber();
        return new StockedSerial(s.item(), s.serial(), lot, supplierId(s.supplier()), supplierName(actor, s.supplier()),
                s.state() == SerialState.IN_STOCK && facility.equals(s.facility()), s.facility(), s.state().name());
    }

    private static UUID supplierId(OrganisationId supplier) {
        return supplier == null ? null : supplier.value();
    }

    /** Suppliers' names, remembered: they are written into the genealogy as they were when a part went in. */
    private String supplierName(Actor actor, OrganisationId supplier) {
        if (supplier == null) {
            return null;
        }
        return supplierNames.computeIfAbsent(supplier.value(), id -> organisations.choices(actor).stream()
                .filter(o -> o.id().equals(supplier)).map(Organisation::name).findFirst().orElse(null));
    }
}
