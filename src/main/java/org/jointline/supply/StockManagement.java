package org.jointline.supply;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.Tracking;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.supply.internal.Access;
import org.jointline.supply.internal.Catalogue;
import org.jointline.supply.internal.Locations;
import org.jointline.supply.internal.Lots;
import org.jointline.supply.internal.Serials;
import org.jointline.supply.internal.Stock;
import org.jointline.supply.internal.StockQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock at facilities: the location tree, lots, quantities on hand, and every operation that changes stock
 * (receive, transfer, consume, put away a produced unit, scrap, adjust, count). Each operation is one
 * transaction, writes its stock moves, publishes its event and returns it.
 */
@Service
@Transactional
public class StockManagement {

    private final Access access;
    private final Catalogue catalogue;
    private final Locations locations;
    private final Lots lots;
    private final Serials serials;
    private final Stock stock;
    private final StockQueries queries;
    private final ApplicationEventPublisher events;

    StockManagement(Access access, Catalogue catalogue, Locations locations, Lots lots, Serials serials, Stock stock,
                    StockQueries queries, ApplicationEventPublisher events) {
        this.access = access;
        this.catalogue = catalogue;
        this.locations = locations;
        this.lots = lots;
        this.serials = serials;
        this.stock = stock;
        this.queries = queries;
        this.events = events;
    }

    /** The facilities whose stock the actor may see. */
    @Transactional(readOnly = true)
    public List<Facility> facilities(Actor actor) {
        return List.copyOf(access.visible(actor).values());
    }

    /** The facility's locations in tree order; the standard ones (STORE, RECV, LINE, QUAR, TRANSIT) are made on first use. */
    public List<Location> locations(Actor actor, FacilityId facility) {
        access.see(actor, facility);
        locations.ensureStandard(facility);
        return locations.ofFacility(facility);
    }

    /** The facility's first location of a kind (the standard one unless people made others). */
    public Location location(Actor actor, FacilityId facility, LocationKind kind) {
        return locations(actor, facility).stream().filter(l -> l.kind() == kind).findFirst()
                .orElseThrow(() -> new NotFound("location", kind));
    }

    @Transactional(readOnly = true)
    public Location location(Actor actor, LocationId id) {
        Location location = locations.find(id).orElseThrow(() -> new NotFound("location", id));
        access.see(actor, location.facility());
        return location;
    }

    public Location addLocation(Actor actor, FacilityId facility, LocationDetails details) {
        access.handle(actor, facility);
        locations.ensureStandard(facility);
        if (details.parent() != null) {
            Location parent = locations.find(details.parent()).filter(p -> p.facility().equals(facility))
                    .orElseThrow(() -> new InvalidInput("parent", "supply.unknown-location"));
            if (parent.kind() == LocationKind.IN_TRANSIT) {
                throw new InvalidInput("parent", "supply.parent-in-transit");
            }
        }
        if (locations.codeTaken(facility, details.code())) {
            throw new InvalidInput("code", "validation.taken");
        }
        LocationId id = LocationId.next();
        locations.insert(id, facility, details);
        return locations.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Lot lot(Actor actor, LotId id) {
        Lot lot = lots.find(id).orElseThrow(() -> new NotFound("lot", id));
        if (!lots.seenAt(id, seeing(actor))) {
            throw new NotFound("lot", id);
        }
        return lot;
    }

    /** The item's lot with this number, if it has been at a facility the actor sees; for forms that name a lot. */
    @Transactional(readOnly = true)
    public java.util.Optional<Lot> lot(Actor actor, ItemId item, String lotNumber) {
        return lots.byNumber(item, lotNumber.strip()).filter(l -> lots.seenAt(l.id(), seeing(actor)));
    }

    /** Every lot of the item that has been at a facility the actor sees, newest first (not cut: see the paged one). */
    @Transactional(readOnly = true)
    public List<Lot> lots(Actor actor, ItemId item) {
        return lots.allOfItem(item, seeing(actor));
    }

    /** A page of the item's lots that have been at a facility the actor sees, searched by lot number. */
    @Transactional(readOnly = true)
    public PageResult<Lot> lots(Actor actor, ItemId item, PageQuery query) {
        return lots.ofItem(item, seeing(actor), query);
    }

    /** The facilities whose lots the actor may see; {@code null} for all (administrators). */
    private java.util.UUID[] seeing(Actor actor) {
        return actor.isAdministrator() ? null
                : access.visible(actor).keySet().stream().map(FacilityId::value).toArray(java.util.UUID[]::new);
    }

    /** The item's stock at a facility, per location and lot. */
    @Transactional(readOnly = true)
    public List<StockLine> onHand(Actor actor, ItemId item, FacilityId facility) {
        access.see(actor, facility);
        return named(queries.lines(item, facility));
    }

    /** The item's stock at one facility: the sum over its locations, and what of it is usable. */
    @Transactional(readOnly = true)
    public FacilityStock available(Actor actor, ItemId item, FacilityId facility) {
        Facility f = access.see(actor, facility);
        return queries.totals(item, new UUID[]{facility.value()}).stream().findFirst()
                .map(t -> new FacilityStock(facility, f.code(), t.onHand().stripTrailingZeros(), t.available().stripTrailingZeros()))
                .orElse(new FacilityStock(facility, f.code(), BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /** The item's stock at every facility the actor can see that holds some. */
    @Transactional(readOnly = true)
    public List<FacilityStock> availability(Actor actor, ItemId item) {
        Map<FacilityId, Facility> visible = access.visible(actor);
        UUID[] ids = visible.keySet().stream().map(FacilityId::value).toArray(UUID[]::new);
        return queries.totals(item, ids).stream()
                .map(t -> new FacilityStock(t.facility(), visible.get(t.facility()).code(),
                        t.onHand().stripTrailingZeros(), t.available().stripTrailingZeros()))
                .sorted(java.util.Comparator.comparing(FacilityStock::facilityCode)).toList();
    }

    /** A facility's stock, searchable by item number or name, optionally at one location. */
    @Transactional(readOnly = true)
    public PageResult<StockLine> stock(Actor actor, FacilityId facility, LocationId location, PageQuery query) {
        access.see(actor, facility);
        UUID[] items = null;
        if (query.search() != null) {
            items = catalogue.byNumber(query.search()).map(i -> new UUID[]{i.id().value()}).orElse(new UUID[0]);
        }
        PageResult<StockLine> page = queries.page(facility, items, location, query);
        return new PageResult<>(named(page.items()), page.page(), page.size(), page.totalItems(), page.totalPages());
    }

    @Transactional(readOnly = true)
    public PageResult<StockMove> moves(Actor actor, FacilityId facility, ItemId item, PageQuery query) {
        UUID[] facilities;
        if (facility != null) {
            access.see(actor, facility);
            facilities = new UUID[]{facility.value()};
        } else {
            facilities = access.visible(actor).keySet().stream().map(FacilityId::value).toArray(UUID[]::new);
        }
        return queries.moves(facilities, item, null, query);
    }

    /**
     * What is left in stock of the goods received under a document, at the facilities whose stock the actor sees:
     * serials still where they were received, and what is left there of lot and plain quantities.
     */
    @Transactional(readOnly = true)
    public ReceiptRemainder remainderOf(Actor actor, String document) {
        if (document == null || document.isBlank()) {
            return new ReceiptRemainder(false, List.of());
        }
        UUID[] facilities = access.visible(actor).keySet().stream().map(FacilityId::value).toArray(UUID[]::new);
        return queries.remainder(facilities, document.strip());
    }

    public StockReceived receive(Actor actor, Receipt receipt) {
        Item item = catalogue.item(receipt.item(), "item");
        Location location = stock.location(actor, receipt.location(), "location", true);
        if (location.kind() == LocationKind.IN_TRANSIT) {
            throw new InvalidInput("location", "supply.not-in-transit");
        }
        Stock.Change change = stock.put(actor, new Stock.Inbound(item, location, receipt.quantity(), receipt.lotNumber(),
                null, receipt.supplierLot(), receipt.supplier(), receipt.certificate(), receipt.serials(),
                MoveKind.RECEIPT, null, receipt.reason(), receipt.document()));
        return publish(received(actor, change, receipt.document()));
    }

    public StockTransferred transfer(Actor actor, Transfer transfer) {
        Item item = catalogue.item(transfer.item(), "item");
        Location to = stock.location(actor, transfer.to(), "to", true);
        Location from = stock.location(actor, transfer.from(), "from", true);
        if (!from.facility().equals(to.facility())) {
            throw new InvalidInput("to", "supply.other-facility");
        }
        if (to.kind() == LocationKind.IN_TRANSIT || from.kind() == LocationKind.IN_TRANSIT) {
            throw new InvalidInput("to", "supply.not-in-transit");
        }
        Stock.Change change = stock.take(actor, new Stock.Outbound(item, transfer.lot(), transfer.serials(),
                transfer.quantity(), from, MoveKind.TRANSFER, to, SerialState.IN_STOCK, transfer.reason(), transfer.document()));
        return publish(new StockTransferred(item.id(), lotId(change), lotNumber(change), change.serials(), change.quantity(),
                from.facility(), from.id(), to.id(), transfer.reason(), transfer.document(), change.at(), organisation(actor)));
    }

    /** Issues stock against a reference (a work order): lots and quantities are consumed, serials installed. */
    public StockConsumed consume(Actor actor, Consumption consumption) {
        Stock.Change change = issue(actor, consumption);
        return publish(new StockConsumed(change.item().id(), lotId(change), lotNumber(change), change.serials(), change.quantity(),
                change.facility(), change.location(), consumption.reference(), change.at(), organisation(actor)));
    }

    /** Issues stock that production installs into the unit with this serial (the consumption's reference). */
    public StockInstalled install(Actor actor, Consumption consumption) {
        Stock.Change change = issue(actor, consumption);
        return publish(new StockInstalled(change.item().id(), lotId(change), lotNumber(change), change.serials(), change.quantity(),
                change.facility(), change.location(), consumption.reference(), change.at(), organisation(actor)));
    }

    private Stock.Change issue(Actor actor, Consumption consumption) {
        Item item = catalogue.item(consumption.item(), "item");
        Location from = consumption.location() == null && item.tracking() == Tracking.SERIAL ? null
                : stock.location(actor, consumption.location(), "location", true);
        return stock.take(actor, new Stock.Outbound(item, consumption.lot(), consumption.serials(),
                consumption.quantity(), from, MoveKind.ISSUE, null, SerialState.INSTALLED, null, consumption.reference()));
    }

    /** Puts a unit made by production into stock under its serial number. */
    public SerialNumber receiveProduced(Actor actor, ProducedUnit unit) {
        Item item = catalogue.item(unit.item(), "item");
        if (item.tracking() != Tracking.SERIAL) {
            throw new InvalidInput("item", "supply.serials-required", item.number());
        }
        Location location = stock.location(actor, unit.location(), "location", true);
        Stock.Change change = stock.put(actor, new Stock.Inbound(item, location, null, null, null, null, null, null,
                List.of(unit.serial()), MoveKind.PRODUCTION, null, null, unit.reference()));
        publish(new UnitStocked(item.id(), unit.serial().strip(), location.facility(), location.id(), unit.reference(),
                change.at(), organisation(actor)));
        return serials.find(change.serialIds().getFirst()).orElseThrow();
    }

    public StockScrapped scrap(Actor actor, Scrap scrap) {
        Item item = catalogue.item(scrap.item(), "item");
        Location from = scrap.location() == null && item.tracking() == Tracking.SERIAL ? null
                : stock.location(actor, scrap.location(), "location", true);
        Stock.Change change = stock.take(actor, new Stock.Outbound(item, scrap.lot(), scrap.serials(), scrap.quantity(),
                from, MoveKind.SCRAP, null, SerialState.SCRAPPED, scrap.reason(), scrap.document()));
        return publish(new StockScrapped(item.id(), lotId(change), lotNumber(change), change.serials(), change.quantity(),
                change.facility(), change.location(), scrap.reason(), scrap.document(), change.at(), organisation(actor)));
    }

    /** Corrects a quantity by a difference, or sets it to what was counted (a cycle count); always with a reason. */
    public StockAdjusted adjust(Actor actor, Adjustment adjustment) {
        Item item = catalogue.item(adjustment.item(), "item");
        Location location = stock.location(actor, adjustment.location(), "location", true);
        MoveKind kind = adjustment.isCount() ? MoveKind.COUNT : MoveKind.ADJUSTMENT;
        Stock.Change change = stock.adjust(actor, item, adjustment.lot(), location, adjustment.difference(),
                adjustment.counted(), kind, adjustment.reason());
        return publish(new StockAdjusted(kind, item.id(), lotId(change), lotNumber(change), change.quantity(),
                location.facility(), location.id(), adjustment.reason(), change.at(), organisation(actor)));
    }

    static StockReceived received(Actor actor, Stock.Change change, String document) {
        return new StockReceived(change.item().id(), lotId(change), lotNumber(change), change.serials(), change.quantity(),
                change.facility(), change.location(), document, change.at(), organisation(actor));
    }

    private List<StockLine> named(List<StockLine> lines) {
        Map<ItemId, Item> items = catalogue.items(lines.stream().map(StockLine::item).distinct().toList());
        return lines.stream().map(l -> {
            Item item = items.get(l.item());
            return new StockLine(l.item(), item == null ? "?" : item.number(), item == null ? "" : item.name(), l.lot(),
                    l.lotNumber(), l.location(), l.locationCode(), l.locationKind(), l.facility(), l.quantity());
        }).toList();
    }

    private <E> E publish(E event) {
        events.publishEvent(event);
        return event;
    }

    static OrganisationId organisation(Actor actor) {
        return new OrganisationId(actor.organisationId());
    }

    static LotId lotId(Stock.Change change) {
        return change.lot() == null ? null : change.lot().id();
    }

    static String lotNumber(Stock.Change change) {
        return change.lot() == null ? null : change.lot().lotNumber();
    }
}
