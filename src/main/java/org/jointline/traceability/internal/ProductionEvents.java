package org.jointline.traceability.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointline.production.ComponentInstalled;
import org.jointline.production.ComponentRemoved;
import org.jointline.production.LotConsumed;
import org.jointline.production.NonconformanceOpened;
import org.jointline.production.OperationKind;
import org.jointline.production.OperationRecorded;
import org.jointline.production.WorkOrderReleased;
import org.jointline.production.TestRecorded;
import org.jointline.production.Unit;
import org.jointline.production.UnitAccepted;
import org.jointline.production.UnitCommissioned;
import org.jointline.production.UnitCompleted;
import org.jointline.production.UnitDelivered;
import org.jointline.production.UnitId;
import org.jointline.production.UnitManagement;
import org.jointline.production.UnitRejected;
import org.jointline.production.UnitScrapped;
import org.jointline.traceability.Identifiers;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Production's unit events as EPCIS events: commissioning (ObjectEvent ADD), components installed and
 * removed (AggregationEvent ADD/DELETE, the unit as parent), lots consumed (TransformationEvent, lot
 * in, unit out), tests (inspecting, conformant or not), completion, the customer's acceptance or
 * rejection, scrap (destroying) and delivery (shipping to the customer as owning party, which lets
 * the customer see the unit's history).
 * <p>Plain event listeners: each EPCIS event is written in the transaction that publishes the module event
 * (ADR 0016).
 */
@Component
class ProductionEvents {

    private static final UUID NOBODY = new UUID(0, 0);
    private static final int RECENT = 1_000;

    private final ModuleEvents events;
    private final UnitManagement units;
    private final JsonMapper json;
    private final Map<UnitId, Unit> recent = new LinkedHashMap<>(RECENT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UnitId, Unit> eldest) {
            return size() > RECENT;
        }
    };

    ProductionEvents(ModuleEvents events, UnitManagement units, JsonMapper json) {
        this.events = events;
        this.units = units;
        this.json = json;
    }

    @EventListener
    void on(UnitCommissioned commissioned) {
        Unit unit = unit(commissioned.unitId());
        UUID org = unit.organisationId().value();
        events.record(org, EventBuilder.of(json, "ObjectEvent", commissioned.at()).action("ADD")
                .step("commissioning", "active")
                .epcs("epcList", List.of(identifier(unit)))
                .place(null, Identifiers.facility(commissioned.facilityId().value()))
                .transaction("prodorder", Identifiers.document("work-order", commissioned.workOrderId().value()))
                .build());
    }

    @EventListener
    void on(ComponentInstalled installed) {
        Unit unit = unit(installed.unitId());
        UUID org = unit.organisationId().value();
        events.record(org, EventBuilder.of(json, "AggregationEvent", installed.at()).action("ADD")
                .step("installing", "in_progress")
                .set("parentID", identifier(unit))
                .epcs("childEPCs", List.of(events.serial(installed.itemId(), installed.serial(), org)))
                .place(null, Identifiers.facility(installed.facilityId().value()))
                .build());
    }

    @EventListener
    void on(ComponentRemoved removed) {
        Unit unit = unit(removed.unitId());
        UUID org = unit.organisationId().value();
        events.record(org, EventBuilder.of(json, "AggregationEvent", removed.at()).action("DELETE")
                .step("removing", "in_progress")
                .set("parentID", identifier(unit))
                .epcs("childEPCs", List.of(events.serial(removed.itemId(), removed.serial(), org)))
                .place(null, Identifiers.facility(removed.facilityId().value()))
                .build());
    }

    @EventListener
    void on(LotConsumed consumed) {
        Unit unit = unit(consumed.unitId());
        UUID org = unit.organisationId().value();
        events.record(org, EventBuilder.of(json, "TransformationEvent", consumed.at())
                .step("assembling", "in_progress")
                .quantity("inputQuantityList", events.lot(consumed.itemId(), consumed.lot(), org), consumed.quantity())
                .epcs("outputEPCList", List.of(identifier(unit)))
                .place(null, Identifiers.facility(consumed.facilityId().value()))
                .build());
    }

    @EventListener
    void on(TestRecorded test) {
        Unit unit = unit(test.unitId());
        events.record(unit.organisationId().value(), observe(unit, test.at(), "inspecting",
                test.passed() ? "conformant" : "non_conformant")
                .place(null, Identifiers.facility(test.facilityId().value()))
                .transaction("testres", Identifiers.document("test-result", test.resultId().value()))
                .build());
    }

    @EventListener
    void on(UnitCompleted completed) {
        Unit unit = unit(completed.unitId());
        events.record(unit.organisationId().value(), observe(unit, completed.at(), "inspecting", "completeness_verified")
                .place(null, Identifiers.facility(completed.facilityId().value()))
                .transaction("prodorder", Identifiers.document("work-order", completed.workOrderId().value()))
                .build());
    }

    @EventListener
    void on(UnitAccepted accepted) {
        Unit unit = unit(accepted.unitId());
        events.record(unit.organisationId().value(), observe(unit, accepted.at(), "accepting", "conformant")
                .place(null, Identifiers.facility(unit.facilityId().value()))
                .destination("owning_party", customer(accepted.customerId()))
                .build());
    }

    @EventListener
    void on(UnitRejected rejected) {
        Unit unit = unit(rejected.unitId());
        events.record(unit.organisationId().value(), observe(unit, rejected.at(), "accepting", "non_conformant")
                .place(null, Identifiers.facility(unit.facilityId().value()))
                .build());
    }

    @EventListener
    void on(UnitScrapped scrapped) {
        Unit unit = unit(scrapped.unitId());
        events.record(unit.organisationId().value(), observe(unit, scrapped.at(), "destroying", "destroyed")
                .place(null, Identifiers.facility(scrapped.facilityId().value()))
                .build());
    }

    @EventListener
    void on(UnitDelivered delivered) {
        Unit unit = unit(delivered.unitId());
        events.record(unit.organisationId().value(), observe(unit, delivered.at(), "shipping", "in_transit")
                .place(null, Identifiers.facility(unit.facilityId().value()))
                .transaction("desadv", Identifiers.document("delivery", delivered.deliveryId().value()))
                .source("owning_party", Identifiers.organisation(unit.organisationId().value()))
                .destination("owning_party", customer(delivered.customerId()))
                .build());
    }

    /**
     * A work order released to the floor: no unit has an identifier yet, so the item as a class with the
     * planned quantity is observed at the plant (assembling), with the work order as business transaction.
     */
    @EventListener
    void on(WorkOrderReleased released) {
        if (released.organisation() == null || released.at() == null) {
            return; // published before the event carried them: nothing to date it by
        }
        UUID org = released.organisation().value();
        events.record(org, EventBuilder.of(json, "ObjectEvent", released.at()).action("OBSERVE").step("assembling", null)
                .epcs("epcList", List.of())
                .quantity("quantityList", events.itemClass(released.itemId(), org), java.math.BigDecimal.valueOf(released.quantity()))
                .place(null, Identifiers.facility(released.facilityId().value()))
                .transaction("prodorder", Identifiers.document("work-order", released.workOrderId().value()))
                .transaction("prodorder", Identifiers.reference(released.number()))
                .build());
    }

    /** A routing step done on a unit: its kind as the business step, still in progress. */
    @EventListener
    void on(OperationRecorded recorded) {
        Unit unit = unit(recorded.unitId());
        events.record(unit.organisationId().value(), observe(unit, recorded.at(), step(recorded.kind()), "in_progress")
                .place(null, Identifiers.facility(recorded.facilityId().value()))
                .transaction("prodorder", Identifiers.document("work-order", recorded.workOrderId().value()))
                .build());
    }

    /**
     * A nonconformance opened: the unit, the lot (as a class) or the item of a supplier receipt observed as
     * non_conformant while inspecting, with the receipt as business transaction and the nonconformance as
     * an untyped one.
     */
    @EventListener
    void on(NonconformanceOpened opened) {
        if (opened.organisation() == null || opened.at() == null) {
            return; // published before the event carried them
        }
        UUID org = opened.organisation().value();
        EventBuilder event = EventBuilder.of(json, "ObjectEvent", opened.at()).action("OBSERVE").step("inspecting", "non_conformant");
        if (opened.unitId() != null) {
            Unit unit = unit(opened.unitId());
            event.epcs("epcList", List.of(identifier(unit))).place(null, Identifiers.facility(unit.facilityId().value()));
        } else if (opened.itemId() != null) {
            event.epcs("epcList", List.of()).quantity("quantityList", opened.lot() != null
                    ? events.lot(opened.itemId(), opened.lot(), org) : events.itemClass(opened.itemId(), org), null);
        }
        events.record(org, event.ensureEpcList()
                .transaction("recadv", opened.receipt() == null ? null : Identifiers.reference(opened.receipt()))
                .transaction(null, Identifiers.document("nonconformance", opened.id().value()))
                .build());
    }

    private static String step(OperationKind kind) {
        return switch (kind) {
            case BENCH_TEST, FLIGHT_TEST -> "inspecting";
            case PACKING -> "packing";
            case ASSEMBLY, FIRMWARE_FLASHING -> "assembling";
            case OTHER -> "other";
        };
    }

    private EventBuilder observe(Unit unit, Instant at, String step, String disposition) {
        return EventBuilder.of(json, "ObjectEvent", at).action("OBSERVE").step(step, disposition)
                .epcs("epcList", List.of(identifier(unit)));
    }

    private String identifier(Unit unit) {
        return events.serial(unit.itemId(), unit.serial(), unit.organisationId().value());
    }

    /**
     * The unit an event is about. Only what never changes is read from it (organisation, item, serial, facility), so
     * the units being built are remembered: each has about six events in a row.
     */
    private Unit unit(UnitId id) {
        synchronized (recent) {
            Unit known = recent.get(id);
            if (known != null) {
                return known;
            }
        }
        Unit unit = units.get(ModuleEvents.system(NOBODY), id);
        synchronized (recent) {
            recent.put(id, unit);
        }
        return unit;
    }

    private static String customer(org.jointline.partners.OrganisationId customer) {
        return customer == null ? null : Identifiers.organisation(customer.value());
    }

}
