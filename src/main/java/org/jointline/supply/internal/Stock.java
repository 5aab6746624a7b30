package org.jointline.supply.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jointline.engineering.Item;
import org.jointline.engineering.Tracking;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.StateRefused;
import org.jointline.supply.Location;
import org.jointline.supply.LocationId;
import org.jointline.supply.Lot;
import org.jointline.supply.LotId;
import org.jointline.supply.MoveKind;
import org.jointline.supply.SerialId;
import org.jointline.supply.SerialState;
import org.springframework.stereotype.Component;

/**
 * The two primitives every stock operation is made of: putting stock into a location and taking it out of one
 * (to another location, or out of stock). Each checks tracking, unit decimals and the actor's right to handle
 * the facility, and writes the moves. Callers run inside one transaction.
 */
@Component
public class Stock {

    /** What went in or came out. */
    public record Change(Item item, Lot lot, List<String> serials, List<SerialId> serialIds, BigDecimal quantity,
                         FacilityId facility, LocationId location, Instant at) {
    }

    /** Goods to put into a location. */
    public record Inbound(Item item, Location location, BigDecimal quantity, String lotNumber, LotId lot,
                          String supplierLot, OrganisationId supplier, String certificate, List<String> serials,
                          MoveKind kind, LocationId from, String reason, String document) {
    }

    /**
     * Goods to take from a location (or, for serials, from wherever each one is). {@code shipment}: the caller
     * has checked the actor's right (a receiver takes from the origin's in-transit) and may cross facilities.
     */
    public record Outbound(Item item, LotId lot, List<String> serials, BigDecimal quantity, Location from,
                           MoveKind kind, Location to, SerialState state, String reason, String document,
                           boolean shipment) {

        public Outbound(Item item, LotId lot, List<String> serials, BigDecimal quantity, Location from, MoveKind kind,
                        Location to, SerialState state, String reason, String document) {
            this(item, lot, serials, quantity, from, kind, to, state, reason, document, false);
        }
    }

    private final Serials serials;
    private final Lots lots;
    private final Ledger ledger;
    private final Locations locations;
    private final Access access;

    Stock(Serials serials, Lots lots, Ledger ledger, Locations locations, Access access) {
        this.serials = serials;
        this.lots = lots;
        this.ledger = ledger;
        this.locations = locations;
        this.access = access;
    }

    public Location location(Actor actor, LocationId id, String field, boolean handle) {
        if (id == null) {
            throw new InvalidInput(field, "supply.location-required");
        }
        Location location = locations.find(id).orElseThrow(() -> new InvalidInput(field, "supply.unknown-location"));
        try {
            if (handle) {
                access.handle(actor, location.facility());
            } else {
                access.see(actor, location.facility());
            }
        } catch (NotFound hidden) {
            throw new InvalidInput(field, "supply.unknown-location");
        }
        return location;
    }

    public Change put(Actor actor, Inbound in) {
        Item item = in.item();
        Location location = in.location();
        List<String> wanted = distinct(in.serials());
        BigDecimal quantity;
        Lot lot = null;
        if (item.tracking() == Tracking.SERIAL) {
            if (wanted.isEmpty()) {
                throw new InvalidInput("serials", "supply.serials-required", item.number());
            }
            quantity = BigDecimal.valueOf(wanted.size());
            if (in.quantity() != null && in.quantity().compareTo(quantity) != 0) {
                throw new InvalidInput("quantity", "supply.quantity-not-serial-count", wanted.size());
            }
        } else {
            if (!wanted.isEmpty()) {
                throw new InvalidInput("serials", "supply.not-serialized", item.number());
            }
            quantity = Catalogue.positive(item, in.quantity(), "quantity");
        }
        if (in.lot() != null) {
            lot = lots.find(in.lot()).filter(l -> l.item().equals(item.id()))
                    .orElseThrow(() -> new InvalidInput("lot", "supply.unknown-lot"));
        } else if (blank(in.lotNumber())) {
            if (item.tracking() == Tracking.LOT) {
                throw new InvalidInput("lotNumber", "supply.lot-required", item.number());
            }
        } else {
            if (item.tracking() == Tracking.NONE) {
                throw new InvalidInput("lotNumber", "supply.not-lot-tracked", item.number());
            }
            lot = lots.obtain(item.id(), in.lotNumber().strip(), in.supplier(), in.supplierLot(), in.certificate(), in.document());
        }
        LotId lotId = lot == null ? null : lot.id();
        List<SerialId> ids = List.of();
        Instant at;
        if (item.tracking() == Tracking.SERIAL) {
            ids = placeNewSerials(item, wanted, lotId, in.supplier(), location, in.document());
            at = ledger.recordSerials(actor, new Ledger.Move(in.kind(), item.id(), lotId, null, BigDecimal.ONE, in.from(),
                    location.id(), location.facility(), in.reason(), in.document()), ids);
        } else {
            at = ledger.record(actor, List.of(new Ledger.Move(in.kind(), item.id(), lotId, null, quantity, in.from(),
                    location.id(), location.facility(), in.reason(), in.document())));
        }
        // last, as in take: the on-hand row stays locked until commit
        ledger.add(item.id(), lotId, location, quantity);
        return new Change(item, lot, wanted, ids, quantity, location.facility(), location.id(), at);
    }

    /**
     * New serials are inserted; serials made in advance (PLANNED) are placed; any other existing one is refused,
     * naming it. The common case (all new) is one INSERT … ON CONFLICT DO NOTHING that inserts every row; only
     * when some were already there are they looked at (the unique (item, serial) rule decides, not a prior read).
     */
    private List<SerialId> placeNewSerials(Item item, List<String> wanted, LotId lot, OrganisationId supplier,
                                           Location location, String document) {
        Serials.Inserted inserted = serials.insertNew(item.id(), wanted, lot, supplier, SerialState.IN_STOCK, location.id(),
                location.facility(), document);
        if (inserted.conflicting().isEmpty()) {
            return inserted.ids();
        }
        List<Serials.Taken> planned = serials.lock(item.id(), inserted.conflicting(), SerialState.PLANNED, null);
        Set<String> plannedSerials = planned.stream().map(Serials.Taken::serial).collect(Collectors.toSet());
        for (String serial : inserted.conflicting()) {
            if (!plannedSerials.contains(serial)) {
                throw new InvalidInput("serials", "supply.serial-exists", serial, item.number());
            }
        }
        List<SerialId> ids = new ArrayList<>(planned.stream().map(Serials.Taken::id).toList());
        serials.place(ids, SerialState.IN_STOCK, location.id(), location.facility(), document);
        ids.addAll(inserted.ids());
        return ids;
    }

    public Change take(Actor actor, Outbound out) {
        Item item = out.item();
        if (out.to() != null && out.from() != null && out.to().id().equals(out.from().id())) {
            throw new InvalidInput("to", "supply.same-location");
        }
        if (item.tracking() == Tracking.SERIAL) {
            return takeSerials(actor, out);
        }
        if (!out.serials().isEmpty()) {
            throw new InvalidInput("serials", "supply.not-serialized", item.number());
        }
        if (out.from() == null) {
            throw new InvalidInput("location", "supply.location-required");
        }
        Lot lot = lotOf(item, out.lot());
        LotId lotId = lot == null ? null : lot.id();
        BigDecimal quantity = Catalogue.positive(item, out.quantity(), "quantity");
        if (!ledger.take(item.id(), lotId, out.from().id(), quantity)) {
            throw new StateRefused("supply.not-enough-stock", item.number(), lot == null ? "" : lot.lotNumber(),
                    out.from().code(), ledger.onHand(item.id(), lotId, out.from().id()).stripTrailingZeros().toPlainString(),
                    quantity.stripTrailingZeros().toPlainString());
        }
        if (out.to() != null) {
            ledger.add(item.id(), lotId, out.to(), quantity);
        }
        FacilityId facility = out.shipment() && out.to() != null ? out.to().facility() : out.from().facility();
        Instant at = ledger.record(actor, List.of(new Ledger.Move(out.kind(), item.id(), lotId, null, quantity,
                out.from().id(), out.to() == null ? null : out.to().id(), facility, out.reason(), out.document())));
        return new Change(item, lot, List.of(), List.of(), quantity, out.from().facility(), out.from().id(), at);
    }

    private Change takeSerials(Actor actor, Outbound out) {
        Item item = out.item();
        List<String> wanted = distinct(out.serials());
        if (wanted.isEmpty()) {
            throw new InvalidInput("serials", "supply.serials-required", item.number());
        }
        if (out.quantity() != null && out.quantity().compareTo(BigDecimal.valueOf(wanted.size())) != 0) {
            throw new InvalidInput("quantity", "supply.quantity-not-serial-count", wanted.size());
        }
        List<Serials.Taken> taken = serials.lock(item.id(), wanted, SerialState.IN_STOCK,
                out.from() == null ? null : out.from().id());
        if (taken.size() < wanted.size()) {
            Set<String> found = taken.stream().map(Serials.Taken::serial).collect(Collectors.toSet());
            String missing = wanted.stream().filter(s -> !found.contains(s)).findFirst().orElseThrow();
            throw new StateRefused("supply.serial-not-in-stock", missing, item.number(),
                    out.from() == null ? "" : out.from().code());
        }
        Set<FacilityId> facilities = new HashSet<>();
        taken.forEach(t -> facilities.add(t.facility()));
        if (!out.shipment()) {
            facilities.forEach(f -> access.handle(actor, f));
        }
        if (out.to() != null && !out.shipment() && !facilities.equals(Set.of(out.to().facility()))) {
            throw new InvalidInput("to", "supply.other-facility");
        }
        List<SerialId> ids = taken.stream().map(Serials.Taken::id).toList();
        serials.place(ids, out.to() == null ? out.state() : SerialState.IN_STOCK,
                out.to() == null ? null : out.to().id(), out.to() == null ? null : out.to().facility(), out.document());
        Instant at = ledger.record(actor, Ledger.perSerial(out.kind(), item.id(), taken,
                out.to() == null ? null : out.to().id(), out.shipment() && out.to() != null ? out.to().facility() : null,
                out.reason(), out.document()));
        Set<LotId> lotIds = taken.stream().map(Serials.Taken::lot).collect(Collectors.toCollection(LinkedHashSet::new));
        Lot lot = lotIds.size() == 1 && lotIds.iterator().next() != null ? lots.find(lotIds.iterator().next()).orElse(null) : null;
        // On-hand rows last: an item's row at a location is shared by everyone taking serials of it there, and the
        // lock taken here is held until commit (the serials themselves were locked one by one above).
        Map<List<Object>, Long> groups = new LinkedHashMap<>();
        for (Serials.Taken t : taken) {
            groups.merge(java.util.Arrays.asList(t.lot(), t.from()), 1L, Long::sum);
        }
        groups.forEach((key, count) -> {
            LotId lotId = (LotId) key.get(0);
            LocationId from = (LocationId) key.get(1);
            if (!ledger.take(item.id(), lotId, from, BigDecimal.valueOf(count))) {
                throw new IllegalStateException("on-hand out of step with serials of " + item.number() + " at " + from);
            }
            if (out.to() != null) {
                ledger.add(item.id(), lotId, out.to(), BigDecimal.valueOf(count));
            }
        });
        Serials.Taken first = taken.getFirst();
        return new Change(item, lot, taken.stream().map(Serials.Taken::serial).toList(), ids,
                BigDecimal.valueOf(taken.size()), first.facility(), first.from(), at);
    }

    /** Sets a lot or untracked quantity at a location to counted, or changes it by a signed difference. */
    public Change adjust(Actor actor, Item item, LotId lotId, Location location, BigDecimal difference,
                         BigDecimal counted, MoveKind kind, String reason) {
        if (item.tracking() == Tracking.SERIAL) {
            throw new InvalidInput("item", "supply.adjust-serialized", item.number());
        }
        Lot lot = lotOf(item, lotId);
        LotId id = lot == null ? null : lot.id();
        BigDecimal delta;
        if (counted != null) {
            if (counted.signum() < 0) {
                throw new InvalidInput("counted", "supply.quantity-not-negative");
            }
            Catalogue.fitsUnit(item, counted, "counted");
            delta = counted.subtract(ledger.onHand(item.id(), id, location.id()));
        } else {
            if (difference == null || difference.signum() == 0) {
                throw new InvalidInput("difference", "supply.difference-required");
            }
            delta = Catalogue.fitsUnit(item, difference, "difference");
        }
        if (delta.signum() > 0) {
            ledger.add(item.id(), id, location, delta);
        } else if (delta.signum() < 0 && !ledger.take(item.id(), id, location.id(), delta.negate())) {
            throw new StateRefused("supply.not-enough-stock", item.number(), lot == null ? "" : lot.lotNumber(),
                    location.code(), ledger.onHand(item.id(), id, location.id()).stripTrailingZeros().toPlainString(),
                    delta.negate().stripTrailingZeros().toPlainString());
        }
        Instant at = Instant.now();
        if (delta.signum() != 0) {
            at = ledger.record(actor, List.of(new Ledger.Move(kind, item.id(), id, null, delta.abs(),
                    delta.signum() < 0 ? location.id() : null, delta.signum() > 0 ? location.id() : null,
                    location.facility(), reason, null)));
        }
        return new Change(item, lot, List.of(), List.of(), delta, location.facility(), location.id(), at);
    }

    private Lot lotOf(Item item, LotId lotId) {
        if (item.tracking() == Tracking.LOT && lotId == null) {
            throw new InvalidInput("lot", "supply.lot-required", item.number());
        }
        if (lotId == null) {
            return null;
        }
        if (item.tracking() == Tracking.NONE) {
            throw new InvalidInput("lot", "supply.not-lot-tracked", item.number());
        }
        return lots.find(lotId).filter(l -> l.item().equals(item.id()))
                .orElseThrow(() -> new InvalidInput("lot", "supply.unknown-lot"));
    }

    private static List<String> distinct(List<String> serials) {
        Set<String> seen = new LinkedHashSet<>();
        for (String serial : serials) {
            String s = serial == null ? "" : serial.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.length() > 200) {
                throw new InvalidInput("serials", "supply.serial-too-long", s.substring(0, 40));
            }
            if (!seen.add(s)) {
                throw new InvalidInput("serials", "supply.serial-duplicate", s);
            }
        }
        return List.copyOf(seen);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
