package org.jointline.production;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jointline.engineering.BomLine;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.BomRevision;
import org.jointline.engineering.BomRevisionId;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.RevisionStatus;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.ProductionLine;
import org.jointline.platform.Actor;
import org.jointline.platform.DomainException;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.jointline.platform.StateRefused;
import org.jointline.production.internal.Access;
import org.jointline.production.internal.Counters;
import org.jointline.production.internal.Serials;
import org.jointline.production.internal.Stock;
import org.jointline.production.internal.Units;
import org.jointline.production.internal.WorkOrders;
import org.jointline.production.internal.WorkOrders.Material;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work orders: made by a planner against a released BOM revision (the one in effect unless chosen), released to
 * the floor, where units are commissioned with their serials; materials required against stock at the facility.
 */
@Service
@Transactional
public class WorkOrderManagement {

    static final List<OperationKind> ROUTING = List.of(OperationKind.ASSEMBLY, OperationKind.FIRMWARE_FLASHING,
            OperationKind.BENCH_TEST, OperationKind.FLIGHT_TEST, OperationKind.PACKING);

    private final WorkOrders workOrders;
    private final Units units;
    private final Counters counters;
    private final Stock stock;
    private final ItemManagement items;
    private final BomManagement boms;
    private final FacilityManagement facilities;
    private final OrganisationManagement organisations;
    private final ApplicationEventPublisher events;

    WorkOrderManagement(WorkOrders workOrders, Units units, Counters counters, Stock stock, ItemManagement items,
                        BomManagement boms, FacilityManagement facilities, OrganisationManagement organisations,
                        ApplicationEventPublisher events) {
        this.workOrders = workOrders;
        this.units = units;
        this.counters = counters;
        this.stock = stock;
        this.items = items;
        this.boms = boms;
        this.facilities = facilities;
        this.organisations = organisations;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageResult<WorkOrder> list(Actor actor, PageQuery query, WorkOrderStatus status) {
        return workOrders.page(Access.scope(actor), query, status);
    }

    @Transactional(readOnly = true)
    public WorkOrder get(Actor actor, WorkOrderId id) {
        WorkOrder order = workOrders.find(id).orElseThrow(() -> new NotFound("work-order", id));
        Access.requireSees(actor, order.organisationId().value(), "work-order", id);
        return order;
    }

    @Transactional(readOnly = true)
    public List<Operation> operations(Actor actor, WorkOrderId id) {
        get(actor, id);
        return workOrders.operations(id);
    }

    @Transactional(readOnly = true)
    public List<Unit> units(Actor actor, WorkOrderId id) {
        get(actor, id);
        return units.ofWorkOrder(id);
    }

    /** Per component: needed for the units still to build, available at the facility, and short. */
    @Transactional(readOnly = true)
    public List<MaterialLine> materials(Actor actor, WorkOrderId id) {
        WorkOrder order = get(actor, id);
        List<Material> materials = workOrders.materials(id);
        Map<ItemId, BigDecimal> available = stock.available(actor, order.facilityId(),
                materials.stream().map(Material::itemId).toList());
        BigDecimal toBuild = BigDecimal.valueOf(Math.max(0, order.quantity() - order.unitsCompleted()));
        Map<ItemId, BigDecimal> installed = installedInOpenUnits(order);
        return materials.stream().map(m -> {
            BigDecimal required = m.quantity().multiply(toBuild).subtract(installed.getOrDefault(m.itemId(), BigDecimal.ZERO))
                    .max(BigDecimal.ZERO);
            BigDecimal have = available.getOrDefault(m.itemId(), BigDecimal.ZERO);
            return new MaterialLine(m.itemId(), m.itemNumber(), m.itemName(), m.tracking(), m.quantity(),
                    required.stripTrailingZeros(), have.stripTrailingZeros(),
                    required.subtract(have).max(BigDecimal.ZERO).stripTrailingZeros(), m.alternates());
        }).toList();
    }

    public WorkOrder create(Actor actor, WorkOrderDetails details) {
        actor.require(Role.PLANNER, Role.PROGRAMME_OFFICE);
        Facility facility = facility(actor, details);
        Item item = item(actor, details.itemId());
        BomRevision revision = revision(actor, item, details.bomRevisionId());
        checkDetails(actor, details, facility, item);
        if (details.serialScheme() == SerialScheme.PATTERN && details.serialPattern() == null) {
            details = new WorkOrderDetails(details.itemId(), details.bomRevisionId(), details.quantity(), details.facilityId(),
                    details.lineId(), details.customerId(), details.plannedStart(), details.plannedEnd(), details.serialScheme(),
                    Serials.defaultPattern(item.number()));
        }
        List<BomLine> lines = boms.lines(actor, revision.id()).stream()
                .filter(l -> !l.doNotPlace() && l.quantity().signum() > 0).toList();
        Map<ItemId, Item> components = items.getAll(actor, lines.stream().map(BomLine::componentId).toList());
        List<Material> materials = new ArrayList<>();
        for (BomLine line : lines) {
            Item component = components.get(line.componentId());
            materials.add(new Material(line.componentId(), line.componentNumber(), line.componentName(),
                    component == null ? "NONE" : component.tracking().name(), line.quantity(), line.alternates(),
                    line.position()));
        }
        WorkOrderId id = WorkOrderId.next();
        String number = counters.number(facility.organisationId().value(), "WO", 5);
        workOrders.insert(id, facility.organisationId().value(), number, details, revision.id(),
                new WorkOrders.Snapshot(item.number(), item.name(), revision.label(), item.gtin()), actor.personId());
        workOrders.insertMaterials(id, materials);
        workOrders.insertOperations(id, ROUTING, ROUTING.stream().map(Enum::name).toList());
        return get(actor, id);
    }

    public WorkOrder release(Actor actor, WorkOrderId id) {
        WorkOrder order = plannerOf(actor, id);
        if (order.status() != WorkOrderStatus.PLANNED) {
            throw new StateRefused("production.work-order.not-planned", order.number());
        }
        workOrders.setStatus(id, WorkOrderStatus.RELEASED, order.version());
        events.publishEvent(new WorkOrderReleased(id, order.number(), order.itemId(), order.quantity(), order.facilityId(),
                order.organisationId(), java.time.Instant.now()));
        return get(actor, id);
    }

    public WorkOrder cancel(Actor actor, WorkOrderId id) {
        WorkOrder order = plannerOf(actor, id);
        if (order.unitsCommissioned() > 0 || !(order.status() == WorkOrderStatus.PLANNED || order.status() == WorkOrderStatus.RELEASED)) {
            throw new StateRefused("production.work-order.cancel-refused", order.number());
        }
        workOrders.setStatus(id, WorkOrderStatus.CANCELLED, order.version());
        return get(actor, id);
    }

    /** Completes the order short (fewer units than planned) or on time; no unit may still be in progress. */
    public WorkOrder complete(Actor actor, WorkOrderId id) {
        WorkOrder order = plannerOf(actor, id);
        if (!order.status().isOpen()) {
            throw new StateRefused("production.work-order.not-open", order.number());
        }
        if (units.ofWorkOrder(id).stream().anyMatch(u -> u.status().isBuilding())) {
            throw new StateRefused("production.work-order.units-in-progress", order.number());
        }
        workOrders.setStatus(id, WorkOrderStatus.COMPLETED, order.version());
        return get(actor, id);
    }

    public WorkOrder close(Actor actor, WorkOrderId id) {
        WorkOrder order = plannerOf(actor, id);
        if (order.status() != WorkOrderStatus.COMPLETED) {
            throw new StateRefused("production.work-order.not-completed", order.number());
        }
        workOrders.setStatus(id, WorkOrderStatus.CLOSED, order.version());
        return get(actor, id);
    }

    /** Starts units on a released order, each with its serial; never more than the order's quantity. */
    public List<Unit> commission(Actor actor, WorkOrderId id, Commissioning commissioning) {
        actor.require(Role.OPERATOR, Role.PLANNER, Role.INSPECTOR);
        WorkOrder order = get(actor, id);
        requireActsFor(actor, order);
        if (!order.status().isOpen()) {
            throw new StateRefused("production.work-order.not-open", order.number());
        }
        int count = commissioning.serial() != null ? 1 : commissioning.count() == null ? 1 : commissioning.count();
        int remaining = order.quantity() - order.unitsCommissioned();
        if (count > remaining) {
            throw new InvalidInput("count", "production.work-order.quantity-beyond", count, order.number(), remaining);
        }
        UnitsStarted started = new UnitsStarted(actor, order);
        if (commissioning.serial() != null) {
            started.one(commissioning.serial());
        } else {
            long first = counters.reserve(order.organisationId().value(), "serial:" + order.itemId(), count);
            for (int i = 0; i < count; i++) {
                started.one(order.serialScheme() == SerialScheme.GS1 ? Long.toString(first + i)
                        : Serials.expand(order.serialPattern(), first + i));
            }
        }
        workOrders.markInProgress(id);
        return started.units;
    }

    private final class UnitsStarted {
        private final Actor actor;
        private final WorkOrder order;
        private final List<Unit> units = new ArrayList<>();

        UnitsStarted(Actor actor, WorkOrder order) {
            this.actor = actor;
            this.order = order;
        }

        void one(String serial) {
            if (WorkOrderManagement.this.units.serialTaken(order.organisationId().value(), order.itemId(), serial)) {
                throw new InvalidInput("serial", "production.unit.serial-taken", serial);
            }
            UnitId id = UnitId.next();
            String link = order.serialScheme() == SerialScheme.GS1 ? Serials.digitalLink(order.gtin(), serial) : null;
            WorkOrderManagement.this.units.insert(id, order.organisationId().value(), order.id(), order.itemId(), serial,
                    order.bomRevisionId(), link, actor.personId());
            events.publishEvent(new UnitCommissioned(id, order.id(), order.itemId(), serial, link, order.facilityId(), Instant.now()));
            units.add(WorkOrderManagement.this.units.find(id).orElseThrow());
        }
    }

    private Map<ItemId, BigDecimal> installedInOpenUnits(WorkOrder order) {
        Map<ItemId, BigDecimal> installed = new java.util.HashMap<>();
        for (Unit unit : units.ofWorkOrder(order.id())) {
            if (unit.status().isBuilding()) {
                workOrders.progress(order.id(), unit.id().value())
                        .forEach(p -> installed.merge(p.itemId(), p.installed(), BigDecimal::add));
            }
        }
        return installed;
    }

    private WorkOrder plannerOf(Actor actor, WorkOrderId id) {
        actor.require(Role.PLANNER, Role.PROGRAMME_OFFICE);
        WorkOrder order = get(actor, id);
        requireActsFor(actor, order);
        return order;
    }

    private static void requireActsFor(Actor actor, WorkOrder order) {
        if (!Access.sees(actor, order.organisationId().value())) {
            throw new org.jointline.platform.Forbidden();
        }
    }

    private Facility facility(Actor actor, WorkOrderDetails details) {
        Facility facility;
        try {
            facility = facilities.get(actor, details.facilityId());
        } catch (NotFound e) {
            throw new InvalidInput("facilityId", "production.work-order.unknown-facility");
        }
        if (!Access.sees(actor, facility.organisationId().value())) {
            throw new InvalidInput("facilityId", "production.work-order.foreign-facility", facility.code());
        }
        return facility;
    }

    private Item item(Actor actor, ItemId id) {
        Item item;
        try {
            item = items.get(actor, id);
        } catch (NotFound e) {
            throw new InvalidInput("itemId", "production.work-order.unknown-item");
        }
        if (!item.kind().isAssembly()) {
            throw new InvalidInput("itemId", "production.work-order.not-an-assembly", item.number());
        }
        return item;
    }

    private BomRevision revision(Actor actor, Item item, BomRevisionId chosen) {
        if (chosen != null) {
            BomRevision revision;
            try {
                revision = boms.revision(actor, chosen);
            } catch (DomainException e) {
                throw new InvalidInput("bomRevisionId", "production.work-order.unknown-revision");
            }
            if (!revision.assemblyId().equals(item.id()) || revision.status() == RevisionStatus.DRAFT) {
                throw new InvalidInput("bomRevisionId", "production.work-order.revision-not-released", revision.label(), item.number());
            }
            return revision;
        }
        LocalDate today = LocalDate.now();
        return boms.revisions(actor, item.id()).stream()
                .filter(r -> r.status() != RevisionStatus.DRAFT && r.effectiveFrom() != null && !r.effectiveFrom().isAfter(today))
                .max(Comparator.comparing(BomRevision::effectiveFrom).thenComparing(r -> r.releasedAt() == null ? Instant.MIN : r.releasedAt()))
                .orElseThrow(() -> new InvalidInput("bomRevisionId", "production.work-order.no-revision-in-effect", item.number()));
    }

    private void checkDetails(Actor actor, WorkOrderDetails details, Facility facility, Item item) {
        if (details.lineId() != null) {
            ProductionLine line;
            try {
                line = facilities.line(actor, details.lineId());
            } catch (NotFound e) {
                throw new InvalidInput("lineId", "production.work-order.line-elsewhere", facility.code());
            }
            if (!line.facilityId().equals(facility.id())) {
                throw new InvalidInput("lineId", "production.work-order.line-elsewhere", facility.code());
            }
        }
        if (details.customerId() != null) {
            try {
                organisations.get(actor, details.customerId());
            } catch (NotFound e) {
                throw new InvalidInput("customerId", "production.work-order.unknown-customer");
            }
        }
        if (details.plannedStart() != null && details.plannedEnd() != null && details.plannedEnd().isBefore(details.plannedStart())) {
            throw new InvalidInput("plannedEnd", "validation.ends-before-start");
        }
        if (details.serialScheme() == SerialScheme.GS1 && item.gtin() == null) {
            throw new InvalidInput("serialScheme", "production.work-order.gs1-needs-gtin", item.number());
        }
        if (details.serialScheme() == SerialScheme.PATTERN && details.serialPattern() != null && !Serials.valid(details.serialPattern())) {
            throw new InvalidInput("serialPattern", "production.work-order.bad-pattern");
        }
    }
}
