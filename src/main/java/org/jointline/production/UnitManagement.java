package org.jointline.production;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.jointline.platform.StateRefused;
import org.jointline.production.internal.Access;
import org.jointline.production.internal.Deliveries;
import org.jointline.production.internal.Nonconformances;
import org.jointline.production.internal.Stock;
import org.jointline.production.internal.Stock.StockedLot;
import org.jointline.production.internal.Stock.StockedSerial;
import org.jointline.production.internal.Tests;
import org.jointline.production.internal.Units;
import org.jointline.production.internal.Units.NewComponent;
import org.jointline.production.internal.WorkOrders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units on the floor: what is in them (installing serials, consuming lots from line-side, removing and replacing,
 * never overwriting), the steps done, completion once every component is in and every required test passed,
 * and the genealogy both ways.
 */
@Service
@Transactional
public class UnitManagement {

    static final Set<UnitStatus> CUSTOMER_SEES = EnumSet.of(UnitStatus.COMPLETED, UnitStatus.ACCEPTED, UnitStatus.REJECTED,
            UnitStatus.DELIVERED);
    private static final int WHERE_USED_LIMIT = 10_000;

    private final Units units;
    private final WorkOrders workOrders;
    private final Tests tests;
    private final Nonconformances nonconformances;
    private final Deliveries deliveries;
    private final Stock stock;
    private final ItemManagement items;
    private final ApplicationEventPublisher events;

    UnitManagement(Units units, WorkOrders workOrders, Tests tests, Nonconformances nonconformances, Deliveries deliveries,
                   Stock stock, ItemManagement items, ApplicationEventPublisher events) {
        this.units = units;
        this.workOrders = workOrders;
        this.tests = tests;
        this.nonconformances = nonconformances;
        this.deliveries = deliveries;
        this.stock = stock;
        this.items = items;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageResult<Unit> list(Actor actor, PageQuery query, UnitStatus status) {
        return units.page(Access.scope(actor), query, status);
    }

    /** The unit, to its builder; to its customer from completion on. */
    @Transactional(readOnly = true)
    public Unit get(Actor actor, UnitId id) {
        Unit unit = units.find(id).orElseThrow(() -> new NotFound("unit", id));
        if (!mayRead(actor, unit)) {
            throw new NotFound("unit", id);
        }
        return unit;
    }

    static boolean mayRead(Actor actor, Unit unit) {
        return Access.sees(actor, unit.organisationId().value())
                || (unit.customerId() != null && actor.actsFor(unit.customerId().value()) && CUSTOMER_SEES.contains(unit.status()));
    }

    @Transactional(readOnly = true)
    public UnitRecord record(Actor actor, UnitId id) {
        Unit unit = get(actor, id);
        List<MaterialProgress> materials = workOrders.progress(unit.workOrderId(), id.value());
        List<TestStatus> testStatus = testStatus(unit);
        List<Nonconformance> ncs = nonconformances.ofUnit(id);
        return new UnitRecord(unit, materials, units.components(id), workOrders.operations(unit.workOrderId()),
                done(unit), testStatus, tests.results(id), ncs, deliveries.acceptances(id),
                next(unit, materials, testStatus, ncs));
    }

    /** A component of this unit (refused for a component of another unit). */
    @Transactional(readOnly = true)
    public InstalledComponent component(Actor actor, UnitId unit, ComponentId id) {
        get(actor, unit);
        return units.component(id).filter(c -> c.unitId().equals(unit)).orElseThrow(() -> new NotFound("component", id));
    }

    @Transactional(readOnly = true)
    public List<InstalledComponent> components(Actor actor, UnitId id) {
        get(actor, id);
        return units.components(id);
    }

    /** A typed or scanned code: a unit's serial or Digital Link, else a component serial or a lot. */
    @Transactional(readOnly = true)
    public ScanResult scan(Actor actor, String code) {
        String wanted = code == null ? "" : code.strip();
        if (wanted.isEmpty()) {
            throw new InvalidInput("code", "production.scan.empty");
        }
        List<Unit> found = units.bySerial(wanted, actor.isAdministrator() ? null : new java.util.UUID[]{actor.organisationId()})
                .stream().filter(u -> mayRead(actor, u)).toList();
        if (found.size() == 1) {
            return new ScanResult(wanted, found.getFirst(), List.of());
        }
        List<WhereUsed> used = new ArrayList<>(units.whereUsed(wanted, null, Access.scope(actor), WHERE_USED_LIMIT));
        if (used.isEmpty()) {
            used.addAll(units.whereUsed(null, wanted, Access.scope(actor), WHERE_USED_LIMIT));
        }
        if (used.isEmpty() && found.isEmpty()) {
            throw new InvalidInput("code", "production.scan.unknown", wanted);
        }
        found.forEach(u -> used.addFirst(new WhereUsed(u.id(), u.serial(), u.itemNumber(), u.status(), u.serial(), false)));
        return new ScanResult(wanted, null, used);
    }

    @Transactional(readOnly = true)
    public List<GenealogyRow> genealogy(Actor actor, UnitId id) {
        get(actor, id);
        return units.genealogy(id);
    }

    /** Units that hold or held this component serial or this lot, at any depth. */
    @Transactional(readOnly = true)
    public List<WhereUsed> whereUsed(Actor actor, String serial, String lot) {
        if ((serial == null || serial.isBlank()) == (lot == null || lot.isBlank())) {
            throw new InvalidInput(serial == null ? "lot" : "serial", "production.where-used.one-of");
        }
        return units.whereUsed(blankToNull(serial), blankToNull(lot), Access.scope(actor), WHERE_USED_LIMIT);
    }

    /**
     * Installs a serialized component (scanned serial) or consumes a lot quantity from line-side. The item must be
     * on the unit's BOM revision or an alternate the BOM allows; a serial already in another unit is refused.
     */
    public InstalledComponent install(Actor actor, UnitId id, Installation installation) {
        if ((installation.serial() == null) == (installation.lot() == null)) {
            throw new InvalidInput("serial", "production.install.serial-or-lot");
        }
        Unit unit = buildingLocked(actor, id);
        List<WorkOrders.Material> materials = workOrders.materials(unit.workOrderId());
        InstalledComponent installed;
        if (installation.serial() != null) {
            installed = installSerial(actor, unit, installation, materials, installation.itemId() != null
                    ? stock.serial(actor, unit.facilityId(), installation.itemId(), installation.serial()).stream().toList()
                    : stock.serials(actor, unit.facilityId(), installation.serial()));
        } else {
            installed = consumeLot(actor, unit, installation, materials, stock.lots(actor,
                    candidates(materials, installation.itemId()), installation.lot()).stream()
                    .filter(l -> installation.itemId() == null || l.item().equals(installation.itemId())).toList());
        }
        if (installation.replaces() != null) {
            removeReplaced(actor, unit, installation.replaces(), installed);
        }
        return installed;
    }

    /**
     * What the floor does: scan any code into the unit. A component serial is installed; a lot is consumed (the
     * quantity the BOM line still needs, unless given). Stock is asked once: what it answers is what is installed.
     */
    public InstalledComponent installScanned(Actor actor, UnitId id, String code, BigDecimal quantity) {
        String wanted = blankToNull(code);
        if (wanted == null) {
            building(actor, id);
            throw new InvalidInput("code", "production.scan.empty");
        }
        Unit unit = buildingLocked(actor, id);
        List<StockedSerial> serials = stock.serials(actor, unit.facilityId(), wanted);
        List<WorkOrders.Material> materials = workOrders.materials(unit.workOrderId());
        if (!serials.isEmpty()) {
            return installSerial(actor, unit, new Installation(wanted, null, null, null, null), materials, serials);
        }
        List<StockedLot> lots = stock.lots(actor, candidates(materials, null), wanted);
        if (!lots.isEmpty()) {
            return consumeLot(actor, unit, new Installation(null, wanted, null, quantity, null), materials, lots);
        }
        throw new InvalidInput("code", "production.install.unknown-code", wanted);
    }

    /** Takes a component out: the row is closed with who, when and why; a serial goes back to stock in quarantine. */
    public InstalledComponent remove(Actor actor, ComponentId componentId, Removal removal) {
        InstalledComponent component = units.component(componentId).orElseThrow(() -> new NotFound("component", componentId));
        Unit unit = building(actor, component.unitId());
        if (removal == null || removal.reason() == null || removal.reason().isBlank()) {
            throw new InvalidInput("reason", "production.remove.reason-required");
        }
        if (component.removed()) {
            throw new StateRefused("production.remove.already-removed", component.itemNumber());
        }
        units.lock(unit.id());
        units.remove(componentId, actor.personId(), removal.reason().strip());
        if (component.serial() != null) {
            stock.returnSerial(actor, unit.facilityId(), component.itemId(), component.serial(), unit.serial());
            events.publishEvent(new ComponentRemoved(unit.id(), unit.serial(), componentId, component.itemId(),
                    component.serial(), removal.reason().strip(), unit.facilityId(), Instant.now()));
        }
        return units.component(componentId).orElseThrow();
    }

    public List<OperationRecord> recordOperation(Actor actor, UnitId id, OperationDone done) {
        Unit unit = building(actor, id);
        Operation operation = workOrders.operations(unit.workOrderId()).stream()
                .filter(o -> o.id().equals(done.operationId())).findFirst()
                .orElseThrow(() -> new InvalidInput("operationId", "production.operation.unknown"));
        units.recordOperation(id, operation.id(), actor.personId(), actor.displayName(), blankToNull(done.note()));
        events.publishEvent(new OperationRecorded(id, unit.workOrderId(), operation.id(), operation.kind(), operation.name(),
                unit.facilityId(), Instant.now()));
        return done(unit);
    }

    /** Completes the unit: every BOM line in, every required test passed (or waived), no open nonconformance. */
    public Unit complete(Actor actor, UnitId id) {
        Unit unit = buildingLocked(actor, id);
        List<String> missing = workOrders.progress(unit.workOrderId(), id.value()).stream().filter(m -> !m.complete())
                .map(m -> m.itemNumber() + " (" + m.installed().stripTrailingZeros().toPlainString() + "/"
                        + m.needed().stripTrailingZeros().toPlainString() + ")").toList();
        if (!missing.isEmpty()) {
            throw new StateRefused("production.complete.materials-missing", unit.serial(), String.join(", ", missing));
        }
        List<TestStatus> blocking = testStatus(unit).stream().filter(TestStatus::blocking).toList();
        if (!blocking.isEmpty()) {
            throw new StateRefused("production.complete.tests-missing", unit.serial(), blocking.stream()
                    .map(t -> t.template().name() + (t.latest() == null ? " (—)" : " (✗ " + t.latest().value() + ")"))
                    .collect(Collectors.joining(", ")));
        }
        List<String> open = nonconformances.ofUnit(id).stream().filter(n -> n.status() != NonconformanceStatus.CLOSED)
                .map(Nonconformance::number).toList();
        if (!open.isEmpty()) {
            throw new StateRefused("production.complete.nonconformance-open", unit.serial(), String.join(", ", open));
        }
        units.setStatus(id, UnitStatus.COMPLETED, unit.version());
        events.publishEvent(new UnitCompleted(id, unit.workOrderId(), unit.itemId(), unit.serial(), unit.facilityId(), Instant.now()));
        Unit completed = units.find(id).orElseThrow();
        // Last: the finished-goods on-hand row is shared by every operator and stays locked until commit.
        stock.receiveUnit(actor, unit.facilityId(), unit.itemId(), unit.serial(), unit.workOrderNumber(), unit.completedAt() != null);
        return completed;
    }

    List<TestStatus> testStatus(Unit unit) {
        List<TestResult> results = tests.results(unit.id());
        return tests.templates(unit.organisationId().value(), unit.itemId()).stream()
                .map(t -> new TestStatus(t, results.stream().filter(r -> r.templateId().equals(t.id()))
                        .max(Comparator.comparing(TestResult::recordedAt)).orElse(null)))
                .toList();
    }

    /** A unit of the actor's organisation that is still being built, for someone on the floor. */
    Unit building(Actor actor, UnitId id) {
        actor.require(Role.OPERATOR, Role.INSPECTOR);
        return stillBuilding(actor, get(actor, id));
    }

    /** As {@link #building}, with the unit's row locked for the rest of the transaction. */
    private Unit buildingLocked(Actor actor, UnitId id) {
        actor.require(Role.OPERATOR, Role.INSPECTOR);
        Unit unit = units.findForUpdate(id).filter(u -> mayRead(actor, u)).orElseThrow(() -> new NotFound("unit", id));
        return stillBuilding(actor, unit);
    }

    private static Unit stillBuilding(Actor actor, Unit unit) {
        if (!Access.sees(actor, unit.organisationId().value())) {
            throw new Forbidden();
        }
        if (!unit.status().isBuilding()) {
            throw new StateRefused("production.unit.not-in-progress", unit.serial(), unit.status());
        }
        return unit;
    }

    private InstalledComponent installSerial(Actor actor, Unit unit, Installation installation,
                                             List<WorkOrders.Material> materials, List<StockedSerial> candidates) {
        String serial = installation.serial();
        StockedSerial stocked = candidates.stream().filter(s -> lineFor(materials, s.item()).isPresent()).findFirst()
                .or(() -> candidates.stream().findFirst())
                .orElseThrow(() -> new InvalidInput("serial", "production.install.unknown-serial", serial));
        Optional<WorkOrders.Material> onLine = lineFor(materials, stocked.item());
        Units.SerialCheck check = units.check(unit, stocked.item(), serial, onLine.map(WorkOrders.Material::itemId).orElse(null));
        if (check.holder() != null) {
            throw new StateRefused("production.install.serial-installed", serial, check.holderSerial());
        }
        WorkOrders.Material line = onLine
                .orElseThrow(() -> new InvalidInput("serial", "production.install.not-in-bom", number(actor, stocked.item()),
                        unit.revisionLabel()));
        if (!stocked.inStock()) {
            throw new StateRefused("production.install.serial-not-in-stock", serial, stocked.state());
        }
        requireRoom(unit, line, check.installedOnLine(), BigDecimal.ONE, installation.replaces());
        ComponentId id = ComponentId.next();
        UnitId child = check.builtHere();
        if (check.builtHereInstalled()) {
            throw new StateRefused("production.install.serial-installed", serial, "?");
        }
        InstalledComponent installed = units.insertComponent(new NewComponent(id, unit.id(), stocked.item(),
                number(actor, stocked.item(), line), line.itemId(), serial, stocked.lot(), stocked.supplierId(),
                stocked.supplierName(), BigDecimal.ONE, child, installation.replaces(), actor.personId()));
        events.publishEvent(new ComponentInstalled(unit.id(), unit.serial(), id, stocked.item(), serial, unit.facilityId(), Instant.now()));
        // Last: the item's on-hand row is shared by every operator and stays locked until commit.
        stock.consumeSerial(actor, unit.facilityId(), stocked.item(), serial, unit.serial());
        return installed;
    }

    private InstalledComponent consumeLot(Actor actor, Unit unit, Installation installation,
                                          List<WorkOrders.Material> materials, List<StockedLot> candidates) {
        String lot = installation.lot();
        StockedLot stocked = candidates.stream().filter(l -> lineFor(materials, l.item()).isPresent()).findFirst()
                .or(() -> candidates.stream().findFirst())
                .orElseThrow(() -> new InvalidInput("lot", "production.install.unknown-lot", lot));
        WorkOrders.Material line = lineFor(materials, stocked.item())
                .orElseThrow(() -> new InvalidInput("lot", "production.install.not-in-bom", number(actor, stocked.item()),
                        unit.revisionLabel()));
        BigDecimal installed = installedOn(unit, line.itemId());
        BigDecimal quantity = installation.quantity() != null ? installation.quantity()
                : line.quantity().subtract(installed).max(BigDecimal.ZERO);
        if (quantity.signum() <= 0) {
            throw new StateRefused("production.install.line-full", line.itemNumber(), unit.serial());
        }
        requireRoom(unit, line, installed, quantity, installation.replaces());
        ComponentId id = ComponentId.next();
        InstalledComponent consumed = units.insertComponent(new NewComponent(id, unit.id(), stocked.item(),
                number(actor, stocked.item(), line), line.itemId(), null, stocked.lot(), stocked.supplierId(),
                stocked.supplierName(), quantity, null, installation.replaces(), actor.personId()));
        events.publishEvent(new LotConsumed(unit.id(), unit.serial(), id, stocked.item(), stocked.lot(), quantity,
                unit.facilityId(), Instant.now()));
        // Last: the lot's line-side on-hand row is shared by every operator and stays locked until commit.
        stock.consumeLot(actor, unit.facilityId(), stocked, quantity, unit.serial());
        return consumed;
    }

    private void removeReplaced(Actor actor, Unit unit, ComponentId replaced, InstalledComponent replacement) {
        InstalledComponent old = units.component(replaced).filter(c -> c.unitId().equals(unit.id()) && !c.removed())
                .orElseThrow(() -> new InvalidInput("replaces", "production.install.nothing-to-replace"));
        if (!old.bomItemId().equals(replacement.bomItemId())) {
            throw new InvalidInput("replaces", "production.install.replace-other-line", old.itemNumber());
        }
        remove(actor, replaced, new Removal("→ " + (replacement.serial() != null ? replacement.serial() : replacement.lot())));
    }

    /** Room on the BOM line for this quantity (a replacement frees the room of what it replaces). */
    private void requireRoom(Unit unit, WorkOrders.Material line, BigDecimal installedNow, BigDecimal quantity,
                             ComponentId replaces) {
        BigDecimal installed = installedNow;
        if (replaces != null) {
            installed = installed.subtract(units.component(replaces).filter(c -> !c.removed())
                    .map(InstalledComponent::quantity).orElse(BigDecimal.ZERO));
        }
        if (installed.add(quantity).compareTo(line.quantity()) > 0) {
            throw new StateRefused("production.install.line-full", line.itemNumber(), unit.serial());
        }
    }

    private BigDecimal installedOn(Unit unit, ItemId bomItem) {
        return units.installedOn(unit.id(), bomItem);
    }

    /** The items a lot may be of: the one named, or every BOM item and alternate of the order. */
    private static List<ItemId> candidates(List<WorkOrders.Material> materials, ItemId named) {
        if (named != null) {
            return List.of(named);
        }
        List<ItemId> items = new ArrayList<>();
        materials.forEach(m -> {
            items.add(m.itemId());
            items.addAll(m.alternates());
        });
        return items;
    }

    private static Optional<WorkOrders.Material> lineFor(List<WorkOrders.Material> materials, ItemId item) {
        return materials.stream().filter(m -> m.itemId().equals(item)).findFirst()
                .or(() -> materials.stream().filter(m -> m.alternates().contains(item)).findFirst());
    }

    private String number(Actor actor, ItemId item, WorkOrders.Material line) {
        return line.itemId().equals(item) ? line.itemNumber() : number(actor, item);
    }

    private String number(Actor actor, ItemId item) {
        Map<ItemId, Item> found = items.getAll(actor, List.of(item));
        return found.containsKey(item) ? found.get(item).number() : item.toString();
    }

    private List<OperationRecord> done(Unit unit) {
        return units.operationRecords(unit.id());
    }

    private static NextStep next(Unit unit, List<MaterialProgress> materials, List<TestStatus> tests, List<Nonconformance> ncs) {
        return switch (unit.status()) {
            case IN_PROGRESS -> materials.stream().filter(m -> !m.complete()).findFirst()
                    .map(m -> new NextStep("production.next.install", List.of(m.itemNumber(), m.itemName(),
                            m.needed().subtract(m.installed()).stripTrailingZeros().toPlainString())))
                    .or(() -> ncs.stream().filter(n -> n.status() != NonconformanceStatus.CLOSED).findFirst()
                            .map(n -> new NextStep("production.next.nonconformance", List.of(n.number()))))
                    .or(() -> tests.stream().filter(TestStatus::blocking).findFirst()
                            .map(t -> new NextStep("production.next.test", List.of(t.template().name()))))
                    .orElse(new NextStep("production.next.complete", List.of()));
            case COMPLETED -> new NextStep("production.next.acceptance", List.of());
            case ACCEPTED -> new NextStep("production.next.deliver", List.of());
            case REJECTED -> new NextStep("production.next.rejected", List.of());
            case SCRAPPED -> new NextStep("production.next.scrapped", List.of());
            case DELIVERED -> new NextStep("production.next.delivered", List.of());
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static Map<ItemId, List<String>> serialsOf(List<InstalledComponent> components) {
        Map<ItemId, List<String>> serials = new LinkedHashMap<>();
        components.stream().filter(c -> !c.removed() && c.serial() != null)
                .forEach(c -> serials.computeIfAbsent(c.itemId(), k -> new ArrayList<>()).add(c.serial()));
        return serials;
    }
}
