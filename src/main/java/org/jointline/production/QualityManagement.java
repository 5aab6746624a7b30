package org.jointline.production;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
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
import org.jointline.production.internal.Counters;
import org.jointline.production.internal.Nonconformances;
import org.jointline.production.internal.Owned;
import org.jointline.production.internal.Stock;
import org.jointline.production.internal.Tests;
import org.jointline.production.internal.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quality: test templates per item and results per unit (a failure opens a nonconformance), nonconformances on
 * units, lots and receipts with their disposition; use-as-is needs an engineer's approval; scrap takes the unit
 * and its components out of stock.
 */
@Service
@Transactional
public class QualityManagement {

    private static final List<String> PASS = List.of("PASS", "OK", "TRUE", "YES", "1");
    private static final List<String> FAIL = List.of("FAIL", "NOK", "FALSE", "NO", "0");

    private final Tests tests;
    private final Nonconformances nonconformances;
    private final Units units;
    private final Counters counters;
    private final Stock stock;
    private final UnitManagement unitManagement;
    private final ItemManagement items;
    private final ApplicationEventPublisher events;

    QualityManagement(Tests tests, Nonconformances nonconformances, Units units, Counters counters, Stock stock,
                      UnitManagement unitManagement, ItemManagement items, ApplicationEventPublisher events) {
        this.tests = tests;
        this.nonconformances = nonconformances;
        this.units = units;
        this.counters = counters;
        this.stock = stock;
        this.unitManagement = unitManagement;
        this.items = items;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<TestTemplate> templates(Actor actor, ItemId item) {
        items.get(actor, item);
        return tests.templates(Access.scope(actor), item);
    }

    @Transactional(readOnly = true)
    public TestTemplate template(Actor actor, TestTemplateId id) {
        Owned<TestTemplate> owned = tests.template(id).orElseThrow(() -> new NotFound("test-template", id));
        Access.requireSees(actor, owned.organisation(), "test-template", id);
        return owned.value();
    }

    public TestTemplate createTemplate(Actor actor, TestTemplateDetails details) {
        actor.require(Role.ENGINEER, Role.INSPECTOR);
        Item item;
        try {
            item = items.get(actor, details.itemId());
        } catch (NotFound e) {
            throw new InvalidInput("itemId", "production.work-order.unknown-item");
        }
        check(details, null);
        TestTemplateId id = TestTemplateId.next();
        int position = details.position() != null ? details.position()
                : (tests.templates(actor.organisationId(), item.id()).size() + 1) * 10;
        tests.insertTemplate(id, actor.organisationId(), details, position);
        return template(actor, id);
    }

    public TestTemplate updateTemplate(Actor actor, TestTemplateId id, TestTemplateDetails details) {
        TestTemplate existing = changeable(actor, id);
        if (!existing.itemId().equals(details.itemId())) {
            throw new InvalidInput("itemId", "production.test.item-fixed");
        }
        check(details, id);
        tests.updateTemplate(id, details);
        return template(actor, id);
    }

    public void retireTemplate(Actor actor, TestTemplateId id) {
        changeable(actor, id);
        tests.retireTemplate(id);
    }

    /**
     * Records a test result on a unit being built. The value must fit the template's type; pass or fail follows
     * from the range or choices. A failure opens a nonconformance on the unit.
     */
    public TestResult record(Actor actor, UnitId unitId, TestEntry entry, Attachment attachment) {
        Unit unit = unitManagement.building(actor, unitId);
        TestTemplate template = tests.template(entry.templateId())
                .filter(t -> t.organisation().equals(unit.organisationId().value()) && t.value().itemId().equals(unit.itemId()))
                .map(Owned::value)
                .orElseThrow(() -> new InvalidInput("templateId", "production.test.unknown-template"));
        String value = entry.value().strip();
        BigDecimal numeric = null;
        boolean passed;
        switch (template.kind()) {
            case NUMERIC -> {
                numeric = parse(value, template);
                passed = (template.minimum() == null || numeric.compareTo(template.minimum()) >= 0)
                        && (template.maximum() == null || numeric.compareTo(template.maximum()) <= 0);
            }
            case CHOICE -> {
                String choice = template.choices().stream().filter(c -> c.equalsIgnoreCase(value)).findFirst()
                        .orElseThrow(() -> new InvalidInput("value", "production.test.not-a-choice", value, template.name(),
                                String.join(", ", template.choices())));
                passed = template.passingChoices().stream().anyMatch(c -> c.equalsIgnoreCase(choice));
            }
            default -> {
                String upper = value.toUpperCase(Locale.ROOT);
                if (!PASS.contains(upper) && !FAIL.contains(upper)) {
                    throw new InvalidInput("value", "production.test.not-pass-fail", value, template.name());
                }
                passed = PASS.contains(upper);
            }
        }
        Attachment file = attachment == null || attachment.content() == null || attachment.content().length == 0 ? null : attachment;
        if (template.attachmentRequired() && file == null) {
            throw new InvalidInput("attachment", "production.test.attachment-required", template.name());
        }
        TestResultId id = TestResultId.next();
        String station = entry.station() == null || entry.station().isBlank() ? null : entry.station().strip();
        tests.insertResult(new Tests.NewResult(id, unitId, template.id(), value, numeric, passed, station, actor.personId(),
                actor.displayName(), file));
        events.publishEvent(new TestRecorded(unitId, unit.serial(), id, template.name(), value, passed, unit.facilityId(), Instant.now()));
        if (!passed) {
            open(actor, unit.organisationId().value(), NonconformanceSubject.UNIT, unit, null, null, null, id,
                    template.name() + ": " + value + range(template));
        }
        return tests.result(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Attachment> attachment(Actor actor, TestResultId id) {
        TestResult result = tests.result(id).orElseThrow(() -> new NotFound("test-result", id));
        unitManagement.get(actor, result.unitId());
        return tests.attachment(id);
    }

    @Transactional(readOnly = true)
    public PageResult<Nonconformance> nonconformances(Actor actor, PageQuery query, NonconformanceStatus status) {
        return nonconformances.page(Access.scope(actor), query, status);
    }

    @Transactional(readOnly = true)
    public Nonconformance nonconformance(Actor actor, NonconformanceId id) {
        Owned<Nonconformance> owned = nonconformances.find(id).orElseThrow(() -> new NotFound("nonconformance", id));
        Access.requireSees(actor, owned.organisation(), "nonconformance", id);
        return owned.value();
    }

    /** Opens a nonconformance by hand, on a unit, a lot or a supplier receipt. */
    public Nonconformance open(Actor actor, NonconformanceDetails details) {
        actor.require(Role.OPERATOR, Role.INSPECTOR, Role.ENGINEER);
        Unit unit = null;
        String lot = blank(details.lot());
        String receipt = blank(details.receiptReference());
        switch (details.subject()) {
            case UNIT -> {
                if (details.unitId() == null) {
                    throw new InvalidInput("unitId", "production.nc.unit-required");
                }
                try {
                    unit = unitManagement.get(actor, details.unitId());
                } catch (NotFound e) {
                    throw new InvalidInput("unitId", "production.nc.unit-required");
                }
                if (!Access.sees(actor, unit.organisationId().value())) {
                    throw new Forbidden();
                }
            }
            case LOT -> {
                if (lot == null || details.itemId() == null) {
                    throw new InvalidInput("lot", "production.nc.lot-required");
                }
                if (stock.lots(actor, List.of(details.itemId()), lot).isEmpty()) {
                    throw new InvalidInput("lot", "production.install.unknown-lot", lot);
                }
            }
            case RECEIPT -> {
                if (receipt == null) {
                    throw new InvalidInput("receiptReference", "production.nc.receipt-required");
                }
            }
        }
        NonconformanceId id = open(actor, actor.organisationId(), details.subject(), unit,
                details.subject() == NonconformanceSubject.LOT ? details.itemId() : null, lot, receipt, null,
                details.description().strip());
        return nonconformance(actor, id);
    }

    /**
     * Decides a nonconformance. Rework and repair send the unit back to the floor; scrap takes it and its
     * components out of stock; use-as-is waits for an engineer's approval; return to supplier is for lots and receipts.
     */
    public Nonconformance disposition(Actor actor, NonconformanceId id, DispositionDetails details) {
        actor.require(Role.INSPECTOR);
        Nonconformance nc = ownNonconformance(actor, id);
        if (nc.status() != NonconformanceStatus.OPEN) {
            throw new StateRefused("production.nc.not-open", nc.number());
        }
        Disposition disposition = details.disposition();
        if (disposition == Disposition.RETURN_TO_SUPPLIER && nc.subject() == NonconformanceSubject.UNIT) {
            throw new InvalidInput("disposition", "production.nc.return-not-for-units");
        }
        if (disposition == Disposition.SCRAP && nc.subject() == NonconformanceSubject.UNIT) {
            scrap(actor, nc);
        }
        if (disposition == Disposition.RETURN_TO_SUPPLIER && nc.subject() != NonconformanceSubject.UNIT) {
            returnToSupplier(actor, nc);
        }
        if ((disposition == Disposition.REWORK || disposition == Disposition.REPAIR) && nc.unitId() != null) {
            Unit unit = units.find(nc.unitId()).orElseThrow();
            if (unit.status() == UnitStatus.REJECTED || unit.status() == UnitStatus.COMPLETED) {
                units.setStatus(unit.id(), UnitStatus.IN_PROGRESS, unit.version());
            }
        }
        NonconformanceStatus status = disposition.needsApproval() ? NonconformanceStatus.AWAITING_APPROVAL : NonconformanceStatus.CLOSED;
        nonconformances.disposition(id, details, status, actor.personId(), nc.version());
        return nonconformance(actor, id);
    }

    /** An engineer approves use-as-is: the failed test it came from counts as waived. */
    public Nonconformance approve(Actor actor, NonconformanceId id) {
        actor.require(Role.ENGINEER);
        Nonconformance nc = ownNonconformance(actor, id);
        if (nc.status() != NonconformanceStatus.AWAITING_APPROVAL) {
            throw new StateRefused("production.nc.nothing-to-approve", nc.number());
        }
        nonconformances.approve(id, actor.personId(), nc.version());
        if (nc.testResultId() != null) {
            tests.waive(nc.testResultId(), id);
        }
        return nonconformance(actor, id);
    }

    /**
     * The lot, or what is left of the receipt, goes back to its supplier: a supply shipment from where it is held to
     * the supplier's facility, assessed by compliance and dispatched when cleared (a held one leaves when an officer
     * releases it).
     */
    private void returnToSupplier(Actor actor, Nonconformance nc) {
        Stock.Shipped shipped = nc.subject() == NonconformanceSubject.LOT ? stock.returnLot(actor, nc.itemId(), nc.lot(), nc.number())
                : stock.returnReceipt(actor, nc.receiptReference(), nc.number());
        nonconformances.recordReturn(nc.id(), shipped);
        events.publishEvent(new ReturnedToSupplier(nc.id(), nc.number(), nc.itemId(), nc.lot(), shipped.shipmentId(),
                shipped.number(), shipped.outcome(), shipped.dispatched(), Instant.now()));
    }

    /** Called when compliance clears a held return shipment: it leaves, dispatched for the organisation. */
    public void dispatchReturnReleased(NonconformanceId id) {
        nonconformances.lock(id);
        Owned<Nonconformance> owned = nonconformances.find(id).orElseThrow(() -> new NotFound("nonconformance", id));
        Nonconformance nc = owned.value();
        if (nc.returned() == null || nc.returned().dispatched()) {
            return;
        }
        dispatchReturn(new Actor(new UUID(0, 0), "production", "Production (released by compliance)", owned.organisation(),
                java.util.Set.of(Role.INSPECTOR)), nc);
    }

    /**
     * "Dispatch now" for a return shipment compliance has cleared since it was held, should the release not have sent
     * it (supply refuses while it is still held or blocked).
     */
    public Nonconformance dispatchReturn(Actor actor, NonconformanceId id) {
        actor.require(Role.INSPECTOR);
        ownNonconformance(actor, id);
        nonconformances.lock(id);
        Nonconformance nc = nonconformances.find(id).orElseThrow().value();
        if (nc.returned() == null) {
            throw new StateRefused("production.nc.no-return", nc.number());
        }
        if (nc.returned().dispatched()) {
            throw new StateRefused("production.nc.return-already-left", nc.number());
        }
        dispatchReturn(actor, nc);
        return nonconformance(actor, id);
    }

    private void dispatchReturn(Actor actor, Nonconformance nc) {
        Stock.Shipped shipped = stock.dispatch(actor, nc.returned().shipmentId());
        nonconformances.markReturnDispatched(nc.id(), shipped.outcome());
        events.publishEvent(new ReturnedToSupplier(nc.id(), nc.number(), nc.itemId(), nc.lot(), shipped.shipmentId(),
                shipped.number(), shipped.outcome(), true, Instant.now()));
    }

    private void scrap(Actor actor, Nonconformance nc) {
        Unit unit = units.find(nc.unitId()).orElseThrow();
        if (unit.status() == UnitStatus.DELIVERED || unit.status() == UnitStatus.SCRAPPED) {
            throw new StateRefused("production.nc.scrap-refused", unit.serial(), unit.status());
        }
        if (units.parentOf(unit.id()).isPresent()) {
            throw new StateRefused("production.nc.scrap-installed", unit.serial());
        }
        units.lock(unit.id());
        List<InstalledComponent> components = units.components(unit.id());
        stock.scrapUnit(actor, unit.facilityId(), unit.itemId(), unit.serial(), UnitManagement.serialsOf(components), nc.number());
        units.setStatus(unit.id(), UnitStatus.SCRAPPED, unit.version());
        events.publishEvent(new UnitScrapped(unit.id(), unit.serial(), nc.id(), unit.facilityId(), Instant.now()));
    }

    private NonconformanceId open(Actor actor, UUID organisation, NonconformanceSubject subject, Unit unit, ItemId item,
                                  String lot, String receipt, TestResultId result, String description) {
        NonconformanceId id = NonconformanceId.next();
        String number = counters.number(organisation, "NC", 4);
        nonconformances.insert(id, organisation, number, subject, unit == null ? null : unit.id(), item, lot, receipt,
                result, description, actor.personId());
        events.publishEvent(new NonconformanceOpened(id, number, subject, unit == null ? null : unit.id(), lot,
                unit == null ? item : unit.itemId(), receipt, new org.jointline.partners.OrganisationId(organisation), Instant.now()));
        return id;
    }

    NonconformanceId openForRejection(Actor actor, Unit unit, String reason) {
        return open(actor, unit.organisationId().value(), NonconformanceSubject.UNIT, unit, null, null, null, null, reason);
    }

    private Nonconformance ownNonconformance(Actor actor, NonconformanceId id) {
        Nonconformance nc = nonconformance(actor, id);
        if (!Access.sees(actor, nonconformances.find(id).orElseThrow().organisation())) {
            throw new Forbidden();
        }
        return nc;
    }

    private TestTemplate changeable(Actor actor, TestTemplateId id) {
        actor.require(Role.ENGINEER, Role.INSPECTOR);
        return template(actor, id);
    }

    private void check(TestTemplateDetails d, TestTemplateId self) {
        if (tests.nameTaken(d.itemId(), d.name(), self)) {
            throw new InvalidInput("name", "validation.taken");
        }
        switch (d.kind()) {
            case NUMERIC -> {
                if (d.minimum() == null && d.maximum() == null) {
                    throw new InvalidInput("minimum", "production.test.range-required");
                }
                if (d.minimum() != null && d.maximum() != null && d.minimum().compareTo(d.maximum()) > 0) {
                    throw new InvalidInput("maximum", "production.test.range-inverted");
                }
            }
            case CHOICE -> {
                if (d.choices().size() < 2) {
                    throw new InvalidInput("choices", "production.test.choices-required");
                }
                if (d.passingChoices().isEmpty() || !d.choices().containsAll(d.passingChoices())) {
                    throw new InvalidInput("passingChoices", "production.test.passing-not-a-choice");
                }
            }
            default -> {
            }
        }
    }

    private static BigDecimal parse(String value, TestTemplate template) {
        try {
            return new BigDecimal(value.replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInput("value", "production.test.not-a-number", value, template.name());
        }
    }

    private static String range(TestTemplate t) {
        if (t.kind() != TestKind.NUMERIC) {
            return "";
        }
        String unit = t.unitOfMeasure() == null ? "" : " " + t.unitOfMeasure();
        return " [" + (t.minimum() == null ? "…" : t.minimum().toPlainString()) + " – "
                + (t.maximum() == null ? "…" : t.maximum().toPlainString()) + unit + "]";
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
