package org.jointline.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jointline.compliance.ClassificationDetails;
import org.jointline.compliance.Classifications;
import org.jointline.compliance.Regime;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.BomRevision;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.RevisionStatus;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.ProductionLine;
import org.jointline.platform.Actor;
import org.jointline.platform.Installation;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.jointline.production.Commissioning;
import org.jointline.production.QualificationDetails;
import org.jointline.production.QualificationManagement;
import org.jointline.production.QualificationStatus;
import org.jointline.production.QualityManagement;
import org.jointline.production.RequirementDetails;
import org.jointline.production.SerialScheme;
import org.jointline.production.TestKind;
import org.jointline.production.TestTemplateDetails;
import org.jointline.production.Unit;
import org.jointline.production.UnitManagement;
import org.jointline.production.WorkOrder;
import org.jointline.production.WorkOrderDetails;
import org.jointline.production.WorkOrderManagement;
import org.jointline.supply.LocationKind;
import org.jointline.supply.Receipt;
import org.jointline.supply.SerialBatch;
import org.jointline.supply.SerialManagement;
import org.jointline.supply.StockManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Production on the demo programme, after the demo drone exists: components for 30 FPV-7 drones at line-side in
 * Brașov, the drone's test templates, its STANAG 4703 qualification (required by the Romanian MoD) and the
 * Ukrainian MoD's acceptance protocol (required, not yet held), and a released work order with a unit under way.
 */
@Component
@Order(60)
class DemoProduction implements ApplicationRunner {

    static final String FACT = "demo-production";
    static final int DRONES = 30;
    private static final Logger LOG = LoggerFactory.getLogger(DemoProduction.class);

    private final Installation installation;
    private final Accounts accounts;
    private final ItemManagement items;
    private final BomManagement boms;
    private final FacilityManagement facilities;
    private final OrganisationManagement organisations;
    private final StockManagement stock;
    private final SerialManagement serials;
    private final QualityManagement quality;
    private final QualificationManagement qualifications;
    private final WorkOrderManagement workOrders;
    private final UnitManagement units;
    private final Classifications classifications;
    private final boolean enabled;

    DemoProduction(Installation installation, Accounts accounts, ItemManagement items, BomManagement boms,
                   FacilityManagement facilities, OrganisationManagement organisations, StockManagement stock,
                   SerialManagement serials, QualityManagement quality, QualificationManagement qualifications,
                   WorkOrderManagement workOrders, UnitManagement units, Classifications classifications, @Value("${jointline.demo:false}") boolean enabled) {
        this.installation = installation;
        this.accounts = accounts;
        this.items = items;
        this.boms = boms;
        this.facilities = facilities;
        this.organisations = organisations;
        this.stock = stock;
        this.serials = serials;
        this.quality = quality;
        this.qualifications = qualifications;
        this.workOrders = workOrders;
        this.units = units;
        this.classifications = classifications;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || installation.fact(DemoProgramme.FACT).isEmpty() || installation.fact(FACT).isPresent()) {
            return;
        }
        load();
        installation.record(FACT, LocalDate.now().toString());
        LOG.info("Loaded demo production: line-side stock in Brașov, FPV-7 tests and qualification, a released work order.");
    }

    private void load() {
        Actor buyer = actor("buyer.ro");
        Actor engineer = actor("engineer.ro");
        Facility brasov = facilities.list(engineer, new PageQuery(0, 50, null), null).items().stream()
                .filter(f -> f.code().equals("BRV-1")).findFirst().orElseThrow();
        OrganisationId carpathian = new OrganisationId(engineer.organisationId());
        OrganisationId valtellina = organisation(engineer, "Valtellina Motori SpA");
        stockLineSide(buyer, brasov, carpathian, valtellina, DRONES, "");

        Item drone = item(engineer, "CAS-FPV7");
        test(engineer, drone, "Motor spin-up current", TestKind.NUMERIC, "0.5", "2.5", "A", List.of(), List.of());
        test(engineer, drone, "Firmware version", TestKind.CHOICE, null, null, null, List.of("4.5.1", "4.5.0", "4.4.2"), List.of("4.5.1"));
        test(engineer, drone, "Hover test", TestKind.PASS_FAIL, null, null, null, List.of(), List.of());

        Actor compliance = actor("compliance.ro");
        if (!classifications.of(compliance, drone.id()).classified()) {
            classifications.classify(compliance, drone.id(), new ClassificationDetails(Regime.EU_MILITARY, "ML10",
                    "Unmanned aircraft designed for military use (strike FPV)."));
        }
        BomRevision revision = boms.revisions(engineer, drone.id()).stream()
                .filter(r -> r.status() == RevisionStatus.RELEASED).findFirst().orElseThrow();
        OrganisationId mapn = organisation(engineer, "Ministerul Apărării Naționale");
        OrganisationId mou = organisation(engineer, "Ministry of Defence of Ukraine");
        qualifications.create(engineer, new QualificationDetails(revision.id(), "NATO STANAG 4703",
                "Autoritatea Aeronautică Civilă Română / MApN airworthiness", "RO-AW-2026-0117", QualificationStatus.GRANTED,
                LocalDate.of(2026, 4, 1), LocalDate.of(2028, 3, 31), List.of()));
        qualifications.require(actor("acceptance.ro"), new RequirementDetails(mapn, drone.id(), "NATO STANAG 4703"));
        qualifications.require(actor("acceptance.ua"), new RequirementDetails(mou, drone.id(), "UA MoD acceptance protocol AT-UAV-7"));

        Actor planner = actor("planner.ro");
        ProductionLine lineA = facilities.lines(planner, brasov.id()).stream().filter(l -> l.code().equals("FPV-A")).findFirst().orElseThrow();
        WorkOrder order = workOrders.create(planner, new WorkOrderDetails(drone.id(), null, 5, brasov.id(), lineA.id(), mapn,
                LocalDate.now(), LocalDate.now().plusDays(7), SerialScheme.PATTERN, "FPV7-RO-{yy}{seq:5}"));
        workOrders.release(planner, order.id());
        Actor operator = actor("operator.ro");
        Unit unit = workOrders.commission(operator, order.id(), new Commissioning(1, null)).getFirst();
        units.install(operator, unit.id(), new org.jointline.production.Installation("FC7-" + "0001", null, null, null, null));
        units.install(operator, unit.id(), new org.jointline.production.Installation(null, "FR-2026-01", null, null, null));
    }

    /**
     * Components for {@code drones} FPV-7 drones at the facility's line-side: serials for the flight controller,
     * ESC, motors (from Valtellina), camera and video transmitter; lots of frames, propellers and batteries.
     */
    void stockLineSide(Actor buyer, Facility facility, OrganisationId owner, OrganisationId motorMaker, int drones, String tag) {
        var lineSide = stock.location(buyer, facility.id(), LocationKind.LINE_SIDE).id();
        serialsOf(buyer, "CAS-2001", "FC7-" + tag, drones, lineSide, null);
        serialsOf(buyer, "CAS-3004", "ESC-" + tag, drones, lineSide, null);
        serialsOf(buyer, "CAS-3002", "MOT-" + tag, drones * 4, lineSide, motorMaker);
        serialsOf(buyer, "CAS-3005", "CAM-" + tag, drones, lineSide, null);
        serialsOf(buyer, "CAS-3006", "VTX-" + tag, drones, lineSide, null);
        lot(buyer, "CAS-3001", "FR-2026-01" + tag, drones, lineSide);
        lot(buyer, "CAS-3003", "PR-2026-01" + tag, drones * 4, lineSide);
        lot(buyer, "CAS-3007", "BAT-2026-01" + tag, drones, lineSide);
    }

    private void serialsOf(Actor buyer, String number, String prefix, int count, org.jointline.supply.LocationId location,
                           OrganisationId supplier) {
        Item item = item(actor("engineer.ro"), number);
        serials.create(buyer, new SerialBatch(item.id(), org.jointline.supply.SerialScheme.PATTERN, prefix, 1L, count,
                prefix.length() > 4 ? 3 : 4, List.of(), null, location, null, supplier, "DEMO-OPENING"));
    }

    private void lot(Actor buyer, String number, String lot, int quantity, org.jointline.supply.LocationId location) {
        Item item = item(actor("engineer.ro"), number);
        stock.receive(buyer, new Receipt(item.id(), location, BigDecimal.valueOf(quantity), lot, null, null, null, List.of(),
                "DEMO-OPENING", null));
    }

    private void test(Actor engineer, Item item, String name, TestKind kind, String min, String max, String unit,
                      List<String> choices, List<String> passing) {
        quality.createTemplate(engineer, new TestTemplateDetails(item.id(), name, kind, true,
                min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), unit, choices, passing,
                false, null));
    }

    private Item item(Actor engineer, String number) {
        return items.byNumber(engineer, number, new OrganisationId(engineer.organisationId())).orElseThrow();
    }

    private OrganisationId organisation(Actor actor, String name) {
        return organisations.choices(actor).stream().filter(o -> o.name().equals(name)).map(Organisation::id).findFirst()
                .orElseThrow();
    }

    private Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow().actor();
    }
}
