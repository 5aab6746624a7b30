package org.jointline.production;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityId;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.jointline.platform.StateRefused;
import org.jointline.production.internal.Access;
import org.jointline.production.internal.CertificateWriter;
import org.jointline.production.internal.Counters;
import org.jointline.production.internal.Deliveries;
import org.jointline.production.internal.Owned;
import org.jointline.production.internal.Stock;
import org.jointline.production.internal.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's side: its acceptance officer inspects completed units and accepts (only a configuration with
 * every qualification the customer requires, valid today) or rejects them with a reason; the builder delivers
 * accepted units through a supply shipment (with its compliance decision) and a certificate of conformity.
 */
@Service
@Transactional
public class AcceptanceManagement {

    private final Units units;
    private final Deliveries deliveries;
    private final Counters counters;
    private final Stock stock;
    private final UnitManagement unitManagement;
    private final QualityManagement quality;
    private final QualificationManagement qualifications;
    private final FacilityManagement facilities;
    private final OrganisationManagement organisations;
    private final CertificateWriter writer;
    private final ApplicationEventPublisher events;

    AcceptanceManagement(Units units, Deliveries deliveries, Counters counters, Stock stock, UnitManagement unitManagement,
                         QualityManagement quality, QualificationManagement qualifications, FacilityManagement facilities,
                         OrganisationManagement organisations, CertificateWriter writer, ApplicationEventPublisher events) {
        this.units = units;
        this.deliveries = deliveries;
        this.counters = counters;
        this.stock = stock;
        this.unitManagement = unitManagement;
        this.quality = quality;
        this.qualifications = qualifications;
        this.facilities = facilities;
        this.organisations = organisations;
        this.writer = writer;
        this.events = events;
    }

    /** Completed units waiting for the actor's organisation (as customer) to decide. */
    @Transactional(readOnly = true)
    public PageResult<Unit> awaiting(Actor actor, PageQuery query) {
        return units.page(Access.scope(actor), query, UnitStatus.COMPLETED);
    }

    public Unit decide(Actor actor, UnitId id, AcceptanceDecision decision) {
        actor.require(Role.CUSTOMER_ACCEPTANCE);
        Unit unit = unitManagement.get(actor, id);
        if (unit.customerId() == null || !(actor.actsFor(unit.customerId().value()) || actor.isAdministrator())) {
            throw new Forbidden();
        }
        if (unit.status() != UnitStatus.COMPLETED) {
            throw new StateRefused("production.acceptance.not-completed", unit.serial(), unit.status());
        }
        String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
        if (decision.accepted()) {
            List<String> missing = qualifications.missing(unit, unit.customerId());
            if (!missing.isEmpty()) {
                throw new StateRefused("production.acceptance.unqualified", unit.serial(), unit.itemNumber(),
                        unit.revisionLabel(), String.join(", ", missing));
            }
            deliveries.insertAcceptance(id, unit.customerId(), true, reason, actor.personId(), actor.displayName());
            units.setStatus(id, UnitStatus.ACCEPTED, unit.version());
            events.publishEvent(new UnitAccepted(id, unit.serial(), unit.customerId(), Instant.now()));
        } else {
            if (reason == null) {
                throw new InvalidInput("reason", "production.acceptance.reason-required");
            }
            deliveries.insertAcceptance(id, unit.customerId(), false, reason, actor.personId(), actor.displayName());
            units.setStatus(id, UnitStatus.REJECTED, unit.version());
            quality.openForRejection(actor, unit, reason);
            events.publishEvent(new UnitRejected(id, unit.serial(), unit.customerId(), reason, Instant.now()));
        }
        return units.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public PageResult<Delivery> deliveries(Actor actor, PageQuery query) {
        return deliveries.page(Access.scope(actor), query);
    }

    /** A delivery, to the builder and to the customer. */
    @Transactional(readOnly = true)
    public Delivery delivery(Actor actor, DeliveryId id) {
        Owned<Delivery> owned = deliveries.find(id).orElseThrow(() -> new NotFound("delivery", id));
        if (!Access.sees(actor, owned.organisation()) && !actor.actsFor(owned.value().customerId().value())) {
            throw new NotFound("delivery", id);
        }
        return owned.value();
    }

    /**
     * Ships accepted units of one customer from one facility: a supply shipment, assessed by compliance before it
     * may leave. The units are delivered once the shipment is dispatched.
     */
    public Delivery deliver(Actor actor, DeliveryRequest request) {
        actor.require(Role.BUYER);
        List<Unit> shipped = new ArrayList<>();
        for (UnitId id : new LinkedHashSet<>(request.unitIds())) {
            Unit unit;
            try {
                unit = unitManagement.get(actor, id);
            } catch (NotFound e) {
                throw new InvalidInput("unitIds", "production.delivery.unknown-unit", id);
            }
            if (!Access.sees(actor, unit.organisationId().value())) {
                throw new Forbidden();
            }
            if (unit.status() != UnitStatus.ACCEPTED) {
                throw new InvalidInput("unitIds", "production.delivery.not-accepted", unit.serial(), unit.status());
            }
            shipped.add(unit);
        }
        Unit first = shipped.getFirst();
        if (shipped.stream().anyMatch(u -> !u.customerId().equals(first.customerId()) || !u.facilityId().equals(first.facilityId())
                || !u.itemId().equals(first.itemId()))) {
            throw new InvalidInput("unitIds", "production.delivery.mixed");
        }
        FacilityId destination = request.toFacilityId() != null ? request.toFacilityId() : customerFacility(actor, first);
        {
            Facility to;
            try {
                to = facilities.get(actor, destination);
            } catch (NotFound e) {
                throw new InvalidInput("toFacilityId", "production.delivery.not-customer-facility");
            }
            if (!to.organisationId().equals(first.customerId())) {
                throw new InvalidInput("toFacilityId", "production.delivery.not-customer-facility");
            }
        }
        DeliveryId id = DeliveryId.next();
        String number = counters.number(first.organisationId().value(), "DL", 4);
        deliveries.insert(id, first.organisationId().value(), number, first.customerId(), first.facilityId(),
                destination, actor.personId());
        List<UnitId> ids = shipped.stream().map(Unit::id).toList();
        deliveries.attach(id, ids);
        Stock.Shipped shipment = stock.ship(actor, first.facilityId(), first.customerId(), destination, first.itemId(),
                shipped.stream().map(Unit::serial).toList(), number);
        deliveries.recordShipment(id, shipment.shipmentId(), shipment.number(), shipment.outcome());
        if (shipment.dispatched()) {
            delivered(id, shipment);
        }
        return delivery(actor, id);
    }

    /**
     * Dispatches a delivery whose shipment compliance held and an officer has since released. Supply refuses while the
     * shipment is still held or blocked.
     */
    public Delivery dispatch(Actor actor, DeliveryId id) {
        actor.require(Role.BUYER);
        Owned<Delivery> owned = deliveries.find(id).orElseThrow(() -> new NotFound("delivery", id));
        Delivery delivery = delivery(actor, id);
        if (!Access.sees(actor, owned.organisation())) {
            throw new Forbidden();
        }
        dispatchAs(actor, id);
        return delivery(actor, id);
    }

    /** Called when compliance clears a shipment: the delivery waiting for it leaves, dispatched by the builder's logistics. */
    public void dispatchReleased(DeliveryId id) {
        Owned<Delivery> owned = deliveries.find(id).orElseThrow(() -> new NotFound("delivery", id));
        dispatchAs(new Actor(new java.util.UUID(0, 0), "production", "Production (released by compliance)", owned.organisation(),
                java.util.Set.of(Role.BUYER)), id);
    }

    private void dispatchAs(Actor actor, DeliveryId id) {
        deliveries.lock(id);
        Delivery delivery = deliveries.find(id).orElseThrow().value();
        if (delivery.dispatched()) {
            throw new StateRefused("production.delivery.already-dispatched", delivery.number());
        }
        if (delivery.shipmentId() == null) {
            throw new StateRefused("production.delivery.no-shipment", delivery.number());
        }
        delivered(id, stock.dispatch(actor, delivery.shipmentId()));
    }

    /** The shipment has left: the units are delivered. */
    private void delivered(DeliveryId id, Stock.Shipped shipment) {
        deliveries.markDispatched(id, shipment.outcome());
        for (UnitId unitId : deliveries.units(id)) {
            Unit unit = units.find(unitId).orElseThrow();
            units.setStatus(unit.id(), UnitStatus.DELIVERED, unit.version());
            events.publishEvent(new UnitDelivered(unit.id(), unit.serial(), id, unit.customerId(), shipment.shipmentId(), Instant.now()));
        }
    }

    /** Without a destination: the customer's first facility the builder can see. */
    private FacilityId customerFacility(Actor actor, Unit unit) {
        return facilities.list(actor, new PageQuery(0, PageQuery.MAX_SIZE, null), unit.customerId()).items().stream()
                .map(Facility::id).findFirst()
                .orElseThrow(() -> new InvalidInput("toFacilityId", "production.delivery.not-customer-facility"));
    }

    /** The certificate of conformity of a delivery, in the reader's language. */
    @Transactional(readOnly = true)
    public byte[] certificate(Actor actor, DeliveryId id, Locale locale) {
        Delivery delivery = delivery(actor, id);
        List<Unit> delivered = deliveries.units(id).stream().map(u -> units.find(u).orElseThrow()).toList();
        Unit first = delivered.getFirst();
        List<Certificate.CertifiedUnit> certified = delivered.stream().map(u -> new Certificate.CertifiedUnit(u.serial(),
                u.digitalLink(), u.itemNumber() + " / " + u.revisionLabel(),
                unitManagement.testStatus(u).stream().filter(TestStatus::satisfied)
                        .sorted(Comparator.comparing(t -> t.template().position()))
                        .map(t -> t.template().name() + " = " + t.latest().value()
                                + (t.template().unitOfMeasure() == null ? "" : " " + t.template().unitOfMeasure())
                                + (t.latest().waivedBy() != null ? " (waived)" : ""))
                        .toList())).toList();
        Facility facility = facilities.get(systemView(first), first.facilityId());
        String customer = organisations.get(systemView(first), delivery.customerId()).name();
        return writer.write(new Certificate(delivery.number(), delivery.createdAt(), facility.organisationName(),
                facility.code() + " " + facility.name(), customer, first.itemNumber(), first.itemName(), first.revisionLabel(),
                delivery.shipmentNumber(), delivery.complianceOutcome(), certified,
                qualifications.ofConfiguration(first).stream().filter(q -> q.validOn(java.time.LocalDate.now())).toList()), locale);
    }

    /** The certificate names the builder's facility and the customer even when the reader could not list them. */
    private static Actor systemView(Unit unit) {
        return new Actor(unit.organisationId().value(), "certificate", "certificate", unit.organisationId().value(),
                java.util.Set.of(Role.ADMINISTRATOR));
    }
}
