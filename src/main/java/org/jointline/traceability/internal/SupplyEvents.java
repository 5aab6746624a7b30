package org.jointline.traceability.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.engineering.ItemId;
import org.jointline.supply.LotId;
import org.jointline.supply.SerialsCreated;
import org.jointline.supply.ShipmentDispatched;
import org.jointline.supply.ShipmentReceived;
import org.jointline.supply.ShippedLine;
import org.jointline.supply.StockConsumed;
import org.jointline.supply.StockManagement;
import org.jointline.supply.StockReceived;
import org.jointline.supply.Discrepancy;
import org.jointline.supply.MoveKind;
import org.jointline.supply.StockAdjusted;
import org.jointline.supply.StockScrapped;
import org.jointline.supply.StockTransferred;
import org.jointline.supply.UnitStocked;
import org.jointline.traceability.Identifiers;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Supply's stock events as EPCIS events: receipts (receiving, with the supplier as source and the
 * receipt as business transaction), transfers (storing), consumption against a work order (the input
 * side of the work order's transformation), units made (its output side), commissioned serials and
 * scrap (destroying).
 * <p>Plain event listeners: each EPCIS event is written in the transaction that publishes the module event
 * (ADR 0016).
 */
@Component
class SupplyEvents {

    private final ModuleEvents events;
    private final StockManagement stock;
    private final JsonMapper json;

    SupplyEvents(ModuleEvents events, StockManagement stock, JsonMapper json) {
        this.events = events;
        this.stock = stock;
        this.json = json;
    }

    @EventListener
    void on(StockReceived received) {
        UUID org = received.organisation().value();
        ObjectNode event = goods(EventBuilder.of(json, "ObjectEvent", received.at()).action("OBSERVE")
                .step("receiving", "available"), received.item(), received.lotNumber(), received.serials(),
                received.quantity(), org, "epcList", "quantityList")
                .place(location(received.location()), Identifiers.facility(received.facility().value()))
                .transaction("recadv", reference(received.document()))
                .source("owning_party", supplier(received.lot(), org))
                .destination("owning_party", Identifiers.organisation(org))
                .build();
        events.record(org, event);
    }

    @EventListener
    void on(StockTransferred transferred) {
        UUID org = transferred.organisation().value();
        events.record(org, goods(EventBuilder.of(json, "ObjectEvent", transferred.at()).action("OBSERVE")
                        .step("storing", null), transferred.item(), transferred.lotNumber(), transferred.serials(),
                transferred.quantity(), org, "epcList", "quantityList")
                .place(location(transferred.to()), Identifiers.facility(transferred.facility().value()))
                .transaction("upevt", reference(transferred.document()))
                .build());
    }

    /** (Not StockInstalled: production's ComponentInstalled and LotConsumed say that, with the unit as parent and output.) */
    @EventListener
    void on(StockConsumed consumed) {
        UUID org = consumed.organisation().value();
        if (consumed.reference() == null || consumed.reference().isBlank()) {
            // no work order to tie it to: an observation that it went into production
            events.record(org, goods(EventBuilder.of(json, "ObjectEvent", consumed.at()).action("OBSERVE")
                            .step("assembling", "in_progress"), consumed.item(), consumed.lotNumber(), consumed.serials(),
                    consumed.quantity(), org, "epcList", "quantityList")
                    .place(location(consumed.location()), Identifiers.facility(consumed.facility().value())).ensureEpcList()
                    .build());
            return;
        }
        events.record(org, goods(EventBuilder.of(json, "TransformationEvent", consumed.at())
                        .step("assembling", "in_progress"), consumed.item(), consumed.lotNumber(), consumed.serials(),
                consumed.quantity(), org, "inputEPCList", "inputQuantityList")
                .place(location(consumed.location()), Identifiers.facility(consumed.facility().value()))
                .set("transformationID", Identifiers.transformation(consumed.reference()))
                .transaction("prodorder", reference(consumed.reference()))
                .build());
    }

    @EventListener
    void on(UnitStocked unit) {
        UUID org = unit.organisation().value();
        String serial = events.serial(unit.item(), unit.serial(), org);
        String place = location(unit.location());
        String plant = Identifiers.facility(unit.facility().value());
        if (unit.reference() == null || unit.reference().isBlank()) {
            events.record(org, EventBuilder.of(json, "ObjectEvent", unit.at()).action("ADD").step("commissioning", "active")
                    .epcs("epcList", List.of(serial)).place(place, plant).build());
            return;
        }
        events.record(org, EventBuilder.of(json, "TransformationEvent", unit.at()).step("commissioning", "active")
                .epcs("outputEPCList", List.of(serial)).place(place, plant)
                .set("transformationID", Identifiers.transformation(unit.reference()))
                .transaction("prodorder", reference(unit.reference()))
                .build());
    }

    @EventListener
    void on(SerialsCreated created) {
        UUID org = created.organisation().value();
        if (created.serials().isEmpty()) {
            return;
        }
        events.record(org, EventBuilder.of(json, "ObjectEvent", created.at()).action("ADD")
                .step("commissioning", created.location() == null ? "reserved" : "active")
                .epcs("epcList", created.serials().stream().map(s -> events.serial(created.item(), s, org)).toList())
                .place(location(created.location()), Identifiers.facility(created.facility().value()))
                .transaction("prodorder", reference(created.document()))
                .build());
    }

    @EventListener
    void on(StockScrapped scrapped) {
        UUID org = scrapped.organisation().value();
        events.record(org, goods(EventBuilder.of(json, "ObjectEvent", scrapped.at()).action("OBSERVE")
                        .step("destroying", "destroyed"), scrapped.item(), scrapped.lotNumber(), scrapped.serials(),
                scrapped.quantity(), org, "epcList", "quantityList")
                .place(location(scrapped.location()), Identifiers.facility(scrapped.facility().value()))
                .transaction("upevt", reference(scrapped.document()))
                .build());
    }

    @EventListener
    void on(ShipmentDispatched dispatched) {
        UUID org = dispatched.organisation().value();
        EventBuilder event = EventBuilder.of(json, "ObjectEvent", dispatched.at()).action("OBSERVE")
                .step("shipping", "in_transit");
        lines(event, dispatched.lines(), org);
        events.record(org, event.place(null, Identifiers.facility(dispatched.origin().value()))
                .transaction("desadv", reference(dispatched.number()))
                .source("owning_party", Identifiers.organisation(org))
                .source("location", Identifiers.facility(dispatched.origin().value()))
                .destination("owning_party", dispatched.consignee() == null ? null
                        : Identifiers.organisation(dispatched.consignee().value()))
                .destination("location", dispatched.destination() == null ? null
                        : Identifiers.facility(dispatched.destination().value()))
                .build());
    }

    @EventListener
    void on(ShipmentReceived received) {
        UUID org = received.organisation().value();
        EventBuilder event = EventBuilder.of(json, "ObjectEvent", received.at()).action("OBSERVE")
                .step("receiving", "available");
        lines(event, received.received(), org);
        List<ObjectNode> recorded = new java.util.ArrayList<>();
        recorded.add(event.place(location(received.location()), Identifiers.facility(received.destination().value()))
                .transaction("desadv", reference(received.number()))
                .source("location", Identifiers.facility(received.origin().value()))
                .destination("location", Identifiers.facility(received.destination().value()))
                .build());
        if (received.discrepancies() != null) {
            received.discrepancies().forEach(d -> recorded.add(discrepancy(received, d, org)));
        }
        events.record(org, recorded.toArray(ObjectNode[]::new));
    }

    /**
     * A difference found at receipt: a serial missing or unexpected (mismatch_instance, the serial as EPC),
     * or fewer or more than dispatched (mismatch_quantity, the item class and the size of the difference).
     */
    private ObjectNode discrepancy(ShipmentReceived received, Discrepancy discrepancy, UUID org) {
        EventBuilder event = EventBuilder.of(json, "ObjectEvent", received.at()).action("OBSERVE");
        if (discrepancy.serial() != null && !discrepancy.serial().isBlank()) {
            event.step("receiving", "mismatch_instance")
                    .epcs("epcList", List.of(events.serial(discrepancy.item(), discrepancy.serial(), org)));
        } else {
            java.math.BigDecimal difference = discrepancy.expected() == null || discrepancy.received() == null ? null
                    : discrepancy.received().subtract(discrepancy.expected());
            event.step("receiving", "mismatch_quantity").epcs("epcList", List.of())
                    .quantity("quantityList", events.itemClass(discrepancy.item(), org), difference);
        }
        return event.place(location(received.location()), Identifiers.facility(received.destination().value()))
                .transaction("desadv", reference(received.number()))
                .build();
    }

    /**
     * A count (cycle_counting) or a correction (stock_taking) of stock on hand: the item or lot as a class
     * with the size of the difference; found stock is available, missing stock's whereabouts are unknown.
     * A count that found what was expected changes nothing and is not recorded.
     */
    @EventListener
    void on(StockAdjusted adjusted) {
        if (adjusted.difference() == null || adjusted.difference().signum() == 0) {
            return;
        }
        UUID org = adjusted.organisation().value();
        String step = adjusted.kind() == MoveKind.COUNT ? "cycle_counting" : "stock_taking";
        events.record(org, goods(EventBuilder.of(json, "ObjectEvent", adjusted.at()).action("OBSERVE")
                        .step(step, adjusted.difference().signum() > 0 ? "available" : "unknown"),
                adjusted.item(), adjusted.lotNumber(), List.of(), adjusted.difference(), org, "epcList", "quantityList")
                .place(location(adjusted.location()), Identifiers.facility(adjusted.facility().value()))
                .build());
    }

    /** A shipment's lines: serials into epcList, lots and unserialised items into quantityList. */
    private void lines(EventBuilder event, List<ShippedLine> lines, UUID org) {
        List<String> epcs = new java.util.ArrayList<>();
        for (ShippedLine line : lines) {
            if (!line.serials().isEmpty()) {
                line.serials().forEach(s -> epcs.add(events.serial(line.item(), s, org)));
            } else {
                event.quantity("quantityList", line.lotNumber() != null ? events.lot(line.item(), line.lotNumber(), org)
                        : events.itemClass(line.item(), org), line.quantity());
            }
        }
        event.epcs("epcList", epcs);
        event.ensureEpcList();
    }

    /** Serials as EPCs; otherwise the lot (or the item) as a quantity. */
    private EventBuilder goods(EventBuilder event, ItemId item, String lot, List<String> serials,
                               java.math.BigDecimal quantity, UUID org, String epcField, String quantityField) {
        if (serials != null && !serials.isEmpty()) {
            return event.epcs(epcField, serials.stream().map(s -> events.serial(item, s, org)).toList());
        }
        String epcClass = lot != null ? events.lot(item, lot, org) : events.itemClass(item, org);
        if (epcField.equals("epcList")) {
            event.epcs(epcField, List.of());
        }
        return event.quantity(quantityField, epcClass, quantity);
    }

    private String supplier(LotId lot, UUID org) {
        if (lot == null) {
            return null;
        }
        return Optional.ofNullable(stock.lot(ModuleEvents.system(org), lot).supplier())
                .map(s -> Identifiers.organisation(s.value())).orElse(null);
    }

    private static String location(org.jointline.supply.LocationId location) {
        return location == null ? null : Identifiers.location(location.value());
    }

    private static String reference(String document) {
        return document == null || document.isBlank() ? null : Identifiers.reference(document);
    }
}
