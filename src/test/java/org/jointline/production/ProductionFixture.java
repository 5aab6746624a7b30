package org.jointline.production;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointline.engineering.BomLineDetails;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.BomRevision;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.RevisionRelease;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.jointline.supply.LocationId;
import org.jointline.supply.LocationKind;
import org.jointline.supply.Receipt;
import org.jointline.supply.SerialBatch;
import org.jointline.supply.SerialManagement;
import org.jointline.supply.SerialScheme;
import org.jointline.supply.StockManagement;
import org.springframework.stereotype.Component;

/**
 * A product of its own per test: end item E (one sub-assembly S, two motors M with motor N as the allowed
 * alternate, one of lot part L); S holds one of lot part P. Released, with stock at Brașov's line-side and a
 * required numeric test on E.
 */
@Component
public class ProductionFixture {

    private final Accounts accounts;
    private final ItemManagement items;
    private final BomManagement boms;
    private final FacilityManagement facilities;
    private final OrganisationManagement organisations;
    private final StockManagement stock;
    private final SerialManagement serials;
    private final QualityManagement quality;
    private final WorkOrderManagement workOrders;
    private final UnitManagement units;

    ProductionFixture(Accounts accounts, ItemManagement items, BomManagement boms, FacilityManagement facilities,
                      OrganisationManagement organisations, StockManagement stock, SerialManagement serials,
                      QualityManagement quality, WorkOrderManagement workOrders, UnitManagement units) {
        this.units = units;
        this.accounts = accounts;
        this.items = items;
        this.boms = boms;
        this.facilities = facilities;
        this.organisations = organisations;
        this.stock = stock;
        this.serials = serials;
        this.quality = quality;
        this.workOrders = workOrders;
    }

    /** The made product: its items, the facility, and the serials and lots in stock. */
    public record Product(String tag, Item endItem, Item subAssembly, Item motor, Item alternate, Item lotPart, Item subPart,
                          Item stranger, Facility facility, OrganisationId customer, TestTemplate test,
                          List<String> motors, List<String> alternates, List<String> strangers, String lot, String subLot) {
    }

    public Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow().actor();
    }

    public Product product() {
        Actor engineer = actor("engineer.ro");
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        OrganisationId owner = new OrganisationId(engineer.organisationId());
        Item motor = part(engineer, owner, "M-" + tag, Tracking.SERIAL);
        Item alternate = part(engineer, owner, "N-" + tag, Tracking.SERIAL);
        Item lotPart = part(engineer, owner, "L-" + tag, Tracking.LOT);
        Item subPart = part(engineer, owner, "P-" + tag, Tracking.LOT);
        Item stranger = part(engineer, owner, "X-" + tag, Tracking.SERIAL);
        Item sub = assembly(engineer, owner, "S-" + tag, ItemKind.ASSEMBLY, List.of(line(subPart, "1", List.of())));
        Item end = assembly(engineer, owner, "E-" + tag, ItemKind.END_ITEM, List.of(line(sub, "1", List.of()),
                line(motor, "2", List.of(alternate.id())), line(lotPart, "1", List.of())));
        Facility brasov = facilities.list(engineer, new PageQuery(0, 50, null), null).items().stream()
                .filter(f -> f.code().equals("BRV-1")).findFirst().orElseThrow();
        Actor buyer = actor("buyer.ro");
        LocationId lineSide = stock.location(buyer, brasov.id(), LocationKind.LINE_SIDE).id();
        OrganisationId valtellina = organisations.choices(engineer).stream().filter(o -> o.name().startsWith("Valtellina"))
                .map(Organisation::id).findFirst().orElseThrow();
        List<String> motors = serials.create(buyer, new SerialBatch(motor.id(), SerialScheme.PATTERN, "M" + tag + "-", 1L, 20, 3,
                List.of(), null, lineSide, null, valtellina, "TEST")).serials();
        List<String> alternates = serials.create(buyer, new SerialBatch(alternate.id(), SerialScheme.PATTERN, "N" + tag + "-", 1L, 5, 3,
                List.of(), null, lineSide, null, null, "TEST")).serials();
        List<String> strangers = serials.create(buyer, new SerialBatch(stranger.id(), SerialScheme.PATTERN, "X" + tag + "-", 1L, 3, 3,
                List.of(), null, lineSide, null, null, "TEST")).serials();
        String lot = "LOT-L-" + tag;
        String subLot = "LOT-P-" + tag;
        stock.receive(buyer, new Receipt(lotPart.id(), lineSide, new BigDecimal("20"), lot, "SUP-" + tag, valtellina, null,
                List.of(), "TEST", null));
        stock.receive(buyer, new Receipt(subPart.id(), lineSide, new BigDecimal("20"), subLot, null, null, null, List.of(), "TEST", null));
        TestTemplate test = quality.createTemplate(engineer, new TestTemplateDetails(end.id(), "Current", TestKind.NUMERIC, true,
                new BigDecimal("1"), new BigDecimal("2"), "A", List.of(), List.of(), false, null));
        OrganisationId mapn = organisations.choices(engineer).stream().filter(o -> o.name().equals("Ministerul Apărării Naționale"))
                .map(Organisation::id).findFirst().orElseThrow();
        return new Product(tag, end, sub, motor, alternate, lotPart, subPart, stranger, brasov, mapn, test, motors, alternates,
                strangers, lot, subLot);
    }

    /** A flat product for load: end item with two serialized motors and one of a lot per unit, stock for {@code units}. */
    public record FlatProduct(Item endItem, List<String> motors, String lot, Facility facility, OrganisationId customer,
                              TestTemplate test) {
    }

    public FlatProduct flatProduct(int units) {
        Actor engineer = actor("engineer.ro");
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        OrganisationId owner = new OrganisationId(engineer.organisationId());
        Item motor = part(engineer, owner, "FM-" + tag, Tracking.SERIAL);
        Item lotPart = part(engineer, owner, "FL-" + tag, Tracking.LOT);
        Item end = assembly(engineer, owner, "FE-" + tag, ItemKind.END_ITEM, List.of(line(motor, "2", List.of()), line(lotPart, "1", List.of())));
        Facility brasov = facilities.list(engineer, new PageQuery(0, 50, null), null).items().stream()
                .filter(f -> f.code().equals("BRV-1")).findFirst().orElseThrow();
        Actor buyer = actor("buyer.ro");
        LocationId lineSide = stock.location(buyer, brasov.id(), LocationKind.LINE_SIDE).id();
        List<String> motors = new ArrayList<>();
        for (int start = 1; start <= units * 2; start += SerialBatch.MAX) {
            motors.addAll(serials.create(buyer, new SerialBatch(motor.id(), SerialScheme.PATTERN, "FM" + tag + "-", (long) start,
                    Math.min(SerialBatch.MAX, units * 2 - start + 1), 6, List.of(), null, lineSide, null, null, "BENCH")).serials());
        }
        String lot = "LOT-FL-" + tag;
        stock.receive(buyer, new Receipt(lotPart.id(), lineSide, BigDecimal.valueOf(units), lot, null, null, null, List.of(), "BENCH", null));
        TestTemplate test = quality.createTemplate(engineer, new TestTemplateDetails(end.id(), "Current", TestKind.NUMERIC, true,
                new BigDecimal("1"), new BigDecimal("2"), "A", List.of(), List.of(), false, null));
        OrganisationId mapn = organisations.choices(engineer).stream().filter(o -> o.name().equals("Ministerul Apărării Naționale"))
                .map(Organisation::id).findFirst().orElseThrow();
        return new FlatProduct(end, motors, lot, brasov, mapn, test);
    }

    /** A released work order for the item at Brașov, for the Romanian MoD. */
    public WorkOrder released(Product product, Item item, int quantity) {
        return released(item, product.facility(), product.customer(), quantity);
    }

    /** A drone built and completed by the operator: its sub-assembly first, then every part scanned, a passing test. */
    public Unit completed(Product product, Actor operator) {
        WorkOrder subOrder = released(product, product.subAssembly(), 1);
        Unit sub = workOrders.commission(operator, subOrder.id(), new Commissioning(1, null)).getFirst();
        units.installScanned(operator, sub.id(), product.subLot(), null);
        units.complete(operator, sub.id());
        WorkOrder order = released(product, product.endItem(), 1);
        Unit unit = workOrders.commission(operator, order.id(), new Commissioning(1, null)).getFirst();
        for (String code : List.of(sub.serial(), product.motors().get(0), product.motors().get(1), product.lot())) {
            units.installScanned(operator, unit.id(), code, null);
        }
        quality.record(operator, unit.id(), new TestEntry(product.test().id(), "1.5", null), null);
        return units.complete(operator, unit.id());
    }

    public WorkOrder released(Item item, Facility facility, OrganisationId customer, int quantity) {
        Actor planner = actor("planner.ro");
        WorkOrder order = workOrders.create(planner, new WorkOrderDetails(item.id(), null, quantity, facility.id(), null,
                customer, LocalDate.now(), LocalDate.now().plusDays(3), org.jointline.production.SerialScheme.PATTERN, null));
        return workOrders.release(planner, order.id());
    }

    private Item part(Actor engineer, OrganisationId owner, String number, Tracking tracking) {
        Item item = items.create(engineer, new ItemDetails(owner, number, "Part " + number, null, ItemKind.PART, UnitOfMeasure.EA,
                tracking, null, null, List.of(), null));
        return items.release(engineer, item.id());
    }

    private Item assembly(Actor engineer, OrganisationId owner, String number, ItemKind kind, List<BomLineDetails> lines) {
        Item item = items.create(engineer, new ItemDetails(owner, number, "Assembly " + number, null, kind, UnitOfMeasure.EA,
                Tracking.SERIAL, null, "RO", List.of(), null));
        BomRevision revision = boms.startRevision(engineer, item.id(), null);
        boms.addLines(engineer, revision.id(), lines);
        boms.release(engineer, revision.id(), new RevisionRelease(LocalDate.now().minusDays(1), null, null));
        return items.release(engineer, item.id());
    }

    private static BomLineDetails line(Item component, String quantity, List<ItemId> alternates) {
        return new BomLineDetails(component.id(), new BigDecimal(quantity), null, new ArrayList<>(), null, false, alternates);
    }
}
