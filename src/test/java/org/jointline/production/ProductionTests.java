package org.jointline.production;

import java.math.BigDecimal;
import java.util.List;
import org.jointline.JointlineTest;
import org.jointline.partners.MemberRole;
import org.jointline.partners.MembershipDetails;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationDetails;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.ProgrammeId;
import org.jointline.partners.ProgrammeManagement;
import org.jointline.platform.PageQuery;
import org.jointline.screening.PartyScreening;
import org.jointline.screening.ScreeningState;
import org.jointline.supply.LocationKind;
import org.jointline.supply.Receipt;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.StateRefused;
import org.jointline.production.ProductionFixture.Product;
import org.jointline.supply.SerialManagement;
import org.jointline.supply.SerialState;
import org.jointline.supply.StockManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Building units: installs, substitutes, tests and completion, nonconformances and scrap, genealogy both ways. */
@JointlineTest
class ProductionTests {

    @Autowired ProductionFixture fixture;
    @Autowired WorkOrderManagement workOrders;
    @Autowired UnitManagement units;
    @Autowired QualityManagement quality;
    @Autowired SerialManagement serials;
    @Autowired StockManagement stock;
    @Autowired JdbcClient jdbc;
    @Autowired OrganisationManagement organisations;
    @Autowired ProgrammeManagement programmes;
    @Autowired PartyScreening parties;
    @Autowired org.jointline.production.internal.Units internalUnits;

    Product product;
    Actor operator;
    Actor inspector;

    @BeforeEach
    void product() {
        product = fixture.product();
        operator = fixture.actor("operator.ro");
        inspector = fixture.actor("inspector.ro");
    }

    @Test
    void buildsAUnitWithASubAssemblyAndShowsItsGenealogyToAnyDepth() {
        Unit unit = built();
        assertThat(units.complete(operator, unit.id()).status()).isEqualTo(UnitStatus.COMPLETED);

        List<GenealogyRow> genealogy = units.genealogy(operator, unit.id());
        assertThat(genealogy).extracting(GenealogyRow::depth, GenealogyRow::itemNumber)
                .contains(org.assertj.core.groups.Tuple.tuple(1, product.subAssembly().number()),
                        org.assertj.core.groups.Tuple.tuple(1, product.motor().number()),
                        org.assertj.core.groups.Tuple.tuple(1, product.lotPart().number()),
                        org.assertj.core.groups.Tuple.tuple(2, product.subPart().number()));
        assertThat(genealogy).filteredOn(r -> product.lot().equals(r.lot())).singleElement()
                .satisfies(r -> assertThat(r.supplierName()).startsWith("Valtellina"));

        assertThat(units.whereUsed(operator, null, product.subLot())).extracting(WhereUsed::serial).contains(unit.serial());
        assertThat(units.whereUsed(operator, product.motors().getFirst(), null)).extracting(WhereUsed::serial)
                .containsExactly(unit.serial());
        assertThat(serials.get(operator, product.endItem().id(), unit.serial()).state()).isEqualTo(SerialState.IN_STOCK);
    }

    @Test
    void aRenamedSupplierGoesIntoTheNextUnitsGenealogyUnderItsNewName() {
        Actor admin = fixture.actor("admin");
        Organisation supplier = organisations.register(admin, new OrganisationDetails("Ricambi " + product.tag(),
                OrganisationKind.SUPPLIER, "IT", "Torino", null, null));
        ProgrammeId programme = programmes.list(admin, new PageQuery(0, 1, "RO-UA-JDP")).items().getFirst().id();
        // a member for this test only: the demo programme's members are checked elsewhere
        programmes.addMember(admin, programme, new MembershipDetails(supplier.id(), MemberRole.SUPPLIER));
        try {
            installBeforeAndAfterARename(admin, supplier);
        } finally {
            programmes.removeMember(admin, programme, supplier.id());
        }
    }

    private void installBeforeAndAfterARename(Actor admin, Organisation supplier) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> parties.state(supplier.id()).state() == ScreeningState.CLEAR);
        String lot = "LOT-R-" + product.tag();
        Actor buyer = fixture.actor("buyer.ro");
        stock.receive(buyer, new Receipt(product.lotPart().id(), stock.location(buyer, product.facility().id(),
                LocationKind.LINE_SIDE).id(), new BigDecimal("2"), lot, null, supplier.id(), null, List.of(), "TEST", null));
        List<Unit> two = workOrders.commission(operator, fixture.released(product, product.endItem(), 2).id(),
                new Commissioning(2, null));

        InstalledComponent before = units.installScanned(operator, two.getFirst().id(), lot, null);
        organisations.update(admin, supplier.id(), new OrganisationDetails("Ricambi Nuovi " + product.tag(),
                OrganisationKind.SUPPLIER, "IT", "Torino", null, null));
        InstalledComponent after = units.installScanned(operator, two.getLast().id(), lot, null);

        assertThat(before.supplierName()).isEqualTo("Ricambi " + product.tag());
        assertThat(after.supplierName()).isEqualTo("Ricambi Nuovi " + product.tag());
        assertThat(units.genealogy(operator, two.getFirst().id())).filteredOn(r -> lot.equals(r.lot()))
                .extracting(GenealogyRow::supplierName).containsExactly("Ricambi " + product.tag());
    }

    @Test
    void aWorkOrderCountsItsOwnUnitsCommissionedAndCompletedInTheListToo() {
        fixture.completed(product, operator);
        WorkOrder order = fixture.released(product, product.subAssembly(), 3);
        List<Unit> three = workOrders.commission(operator, order.id(), new Commissioning(3, null));
        units.installScanned(operator, three.getFirst().id(), product.subLot(), null);
        units.complete(operator, three.getFirst().id());

        assertThat(workOrders.get(operator, order.id())).extracting(WorkOrder::unitsCommissioned, WorkOrder::unitsCompleted)
                .containsExactly(3, 1);
        assertThat(workOrders.list(operator, new PageQuery(0, 10, order.number()), null).items()).singleElement()
                .extracting(WorkOrder::unitsCommissioned, WorkOrder::unitsCompleted).containsExactly(3, 1);
    }

    @Test
    void whereUsedCapsTheAnswerAfterLeavingOutOtherOrganisationsUnits() {
        WorkOrder order = fixture.released(product, product.endItem(), 2);
        List<Unit> two = workOrders.commission(operator, order.id(), new Commissioning(2, null));
        two.forEach(u -> units.installScanned(operator, u.id(), product.lot(), null));
        List<java.util.UUID> ids = two.stream().map(u -> u.id().value()).sorted().toList();
        jdbc.sql("UPDATE production.unit SET organisation_id = :other WHERE id = :id")
                .param("other", java.util.UUID.randomUUID()).param("id", ids.getFirst()).update();

        assertThat(internalUnits.whereUsed(null, product.lot(), operator.organisationId(), 1))
                .extracting(w -> w.unitId().value()).containsExactly(ids.getLast());
    }

    @Test
    void refusesASerialAlreadyInstalledElsewhere() {
        WorkOrder order = fixture.released(product, product.endItem(), 2);
        List<Unit> two = workOrders.commission(operator, order.id(), new Commissioning(2, null));
        String motor = product.motors().getFirst();
        units.install(operator, two.get(0).id(), new Installation(motor, null, null, null, null));

        assertThatThrownBy(() -> units.install(operator, two.get(1).id(), new Installation(motor, null, null, null, null)))
                .isInstanceOf(StateRefused.class).hasMessage("production.install.serial-installed")
                .satisfies(e -> assertThat(((StateRefused) e).arguments()).containsExactly(motor, two.get(0).serial()));
        assertThat(units.components(operator, two.get(1).id())).isEmpty();
    }

    @Test
    void installsAnAllowedAlternateAndRefusesAnItemTheBomDoesNotAllow() {
        Unit unit = commissioned();
        InstalledComponent alternate = units.install(operator, unit.id(), new Installation(product.alternates().getFirst(), null, null, null, null));
        assertThat(alternate.substitute()).isTrue();
        assertThat(alternate.bomItemId()).isEqualTo(product.motor().id());

        assertThatThrownBy(() -> units.install(operator, unit.id(), new Installation(product.strangers().getFirst(), null, null, null, null)))
                .isInstanceOf(InvalidInput.class).hasMessage("production.install.not-in-bom");
        assertThat(serials.get(operator, product.stranger().id(), product.strangers().getFirst()).state()).isEqualTo(SerialState.IN_STOCK);
    }

    @Test
    void refusesAThirdMotorOnALineOfTwo() {
        Unit unit = commissioned();
        units.install(operator, unit.id(), new Installation(product.motors().get(0), null, null, null, null));
        units.install(operator, unit.id(), new Installation(product.motors().get(1), null, null, null, null));
        assertThatThrownBy(() -> units.install(operator, unit.id(), new Installation(product.motors().get(2), null, null, null, null)))
                .isInstanceOf(StateRefused.class).hasMessage("production.install.line-full");
    }

    @Test
    void removalAndReplacementAreRecordedNotOverwritten() {
        Unit unit = commissioned();
        InstalledComponent first = units.install(operator, unit.id(), new Installation(product.motors().get(0), null, null, null, null));
        InstalledComponent replacement = units.install(operator, unit.id(),
                new Installation(product.motors().get(1), null, null, null, first.id()));

        assertThat(replacement.replacesId()).isEqualTo(first.id());
        List<InstalledComponent> rows = units.components(operator, unit.id());
        assertThat(rows).hasSize(2);
        assertThat(rows).filteredOn(c -> c.id().equals(first.id())).singleElement()
                .satisfies(c -> assertThat(c.removedAt()).isNotNull());
        assertThat(serials.get(operator, product.motor().id(), product.motors().get(0)).state()).isEqualTo(SerialState.IN_STOCK);
        assertThat(units.whereUsed(operator, product.motors().get(0), null)).singleElement()
                .satisfies(w -> assertThat(w.removed()).isTrue());
    }

    @Test
    void completionIsRefusedWhileARequiredTestIsMissingOrFailed() {
        Unit unit = assembled();
        assertThatThrownBy(() -> units.complete(operator, unit.id()))
                .isInstanceOf(StateRefused.class).hasMessage("production.complete.tests-missing");

        TestResult failed = quality.record(operator, unit.id(), new TestEntry(product.test().id(), "2.7", "BENCH-1"), null);
        assertThat(failed.passed()).isFalse();
        assertThatThrownBy(() -> units.complete(operator, unit.id()))
                .isInstanceOf(StateRefused.class).hasMessage("production.complete.tests-missing");
        assertThat(units.get(operator, unit.id()).status()).isEqualTo(UnitStatus.IN_PROGRESS);

        Nonconformance nc = units.record(operator, unit.id()).nonconformances().getFirst();
        assertThat(nc.testResultId()).isEqualTo(failed.id());
        quality.disposition(inspector, nc.id(), new DispositionDetails(Disposition.REWORK, "Reseat motor 2", "Cold joint", "Add AOI step"));
        quality.record(operator, unit.id(), new TestEntry(product.test().id(), "1.4", "BENCH-1"), null);
        assertThat(units.complete(operator, unit.id()).status()).isEqualTo(UnitStatus.COMPLETED);
    }

    @Test
    void useAsIsNeedsAnEngineersApprovalAndThenWaivesTheFailure() {
        Unit unit = assembled();
        quality.record(operator, unit.id(), new TestEntry(product.test().id(), "2.1", null), null);
        Nonconformance nc = units.record(operator, unit.id()).nonconformances().getFirst();
        Nonconformance waiting = quality.disposition(inspector, nc.id(), new DispositionDetails(Disposition.USE_AS_IS, "Within motor spec", null, null));
        assertThat(waiting.status()).isEqualTo(NonconformanceStatus.AWAITING_APPROVAL);
        assertThatThrownBy(() -> units.complete(operator, unit.id())).isInstanceOf(StateRefused.class);
        assertThatThrownBy(() -> quality.approve(inspector, nc.id())).isInstanceOf(org.jointline.platform.Forbidden.class);

        assertThat(quality.approve(fixture.actor("engineer.ro"), nc.id()).status()).isEqualTo(NonconformanceStatus.CLOSED);
        assertThat(units.complete(operator, unit.id()).status()).isEqualTo(UnitStatus.COMPLETED);
    }

    @Test
    void scrapTakesTheUnitAndItsComponentsOutOfStock() {
        Unit unit = built();
        units.complete(operator, unit.id());
        BigDecimal onHandBefore = stock.available(operator, product.endItem().id(), product.facility().id()).onHand();
        Nonconformance nc = quality.open(inspector, new NonconformanceDetails(NonconformanceSubject.UNIT, unit.id(), null, null, null,
                "Frame cracked in drop test"));
        quality.disposition(inspector, nc.id(), new DispositionDetails(Disposition.SCRAP, null, "Drop", "Packaging"));

        assertThat(units.get(operator, unit.id()).status()).isEqualTo(UnitStatus.SCRAPPED);
        assertThat(serials.get(operator, product.endItem().id(), unit.serial()).state()).isEqualTo(SerialState.SCRAPPED);
        assertThat(stock.available(operator, product.endItem().id(), product.facility().id()).onHand())
                .isEqualByComparingTo(onHandBefore.subtract(BigDecimal.ONE));
        for (String motor : product.motors().subList(0, 2)) {
            assertThat(serials.get(operator, product.motor().id(), motor).state()).isEqualTo(SerialState.SCRAPPED);
        }
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingWritten() {
        Unit unit = commissioned();
        assertThatThrownBy(() -> units.installScanned(operator, unit.id(), "NO-SUCH-" + product.tag(), null))
                .isInstanceOf(InvalidInput.class).hasMessage("production.install.unknown-code")
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("code"));
        assertThatThrownBy(() -> quality.record(operator, unit.id(), new TestEntry(product.test().id(), "twelve", null), null))
                .isInstanceOf(InvalidInput.class).hasMessage("production.test.not-a-number");
        assertThat(units.record(operator, unit.id()).results()).isEmpty();
        WorkOrder order = workOrders.get(operator, unit.workOrderId());
        assertThatThrownBy(() -> workOrders.commission(operator, order.id(), new Commissioning(5, null)))
                .isInstanceOf(InvalidInput.class).hasMessage("production.work-order.quantity-beyond")
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("count"));
        assertThat(workOrders.units(operator, order.id())).hasSize(1);
    }

    @Test
    void materialsShowWhatIsShortAtTheFacility() {
        WorkOrder order = fixture.released(product, product.endItem(), 15);
        List<MaterialLine> materials = workOrders.materials(fixture.actor("planner.ro"), order.id());
        MaterialLine motors = materials.stream().filter(m -> m.itemId().equals(product.motor().id())).findFirst().orElseThrow();
        assertThat(motors.required()).isEqualByComparingTo("30");
        assertThat(motors.available()).isEqualByComparingTo("20");
        assertThat(motors.shortage()).isEqualByComparingTo("10");
        MaterialLine lot = materials.stream().filter(m -> m.itemId().equals(product.lotPart().id())).findFirst().orElseThrow();
        assertThat(lot.shortage()).isEqualByComparingTo("0");
    }

    /** A unit with everything installed: a completed sub-assembly, two motors, one of lot L. */
    private Unit assembled() {
        WorkOrder subOrder = fixture.released(product, product.subAssembly(), 1);
        Unit sub = workOrders.commission(operator, subOrder.id(), new Commissioning(1, null)).getFirst();
        units.install(operator, sub.id(), new Installation(null, product.subLot(), null, null, null));
        units.complete(operator, sub.id());
        Unit unit = commissioned();
        units.installScanned(operator, unit.id(), sub.serial(), null);
        units.installScanned(operator, unit.id(), product.motors().get(0), null);
        units.installScanned(operator, unit.id(), product.motors().get(1), null);
        units.installScanned(operator, unit.id(), product.lot(), null);
        return unit;
    }

    private Unit built() {
        Unit unit = assembled();
        quality.record(operator, unit.id(), new TestEntry(product.test().id(), "1.5", "BENCH-2"), null);
        return unit;
    }

    private Unit commissioned() {
        WorkOrder order = fixture.released(product, product.endItem(), 1);
        return workOrders.commission(operator, order.id(), new Commissioning(1, null)).getFirst();
    }
}
