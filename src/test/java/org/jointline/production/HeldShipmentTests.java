package org.jointline.production;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.jointline.JointlineTest;
import org.jointline.compliance.AssessmentId;
import org.jointline.compliance.AssessmentQueue;
import org.jointline.compliance.ReviewDecision;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.BomRevision;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.StateRefused;
import org.jointline.platform.security.Accounts;
import org.jointline.production.ProductionFixture.Product;
import org.jointline.supply.ShipmentId;
import org.jointline.supply.ShipmentManagement;
import org.jointline.supply.ShipmentStatus;
import org.jointline.supply.StockManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Shipments compliance holds (the product is not classified, so its transfer waits for an officer): a held delivery
 * leaves when the officer releases it, by itself or with "Dispatch now"; a lot returned to its supplier leaves the
 * same way, taking the stock with it.
 */
@JointlineTest
class HeldShipmentTests {

    @Autowired ProductionFixture fixture;
    @Autowired WorkOrderManagement workOrders;
    @Autowired UnitManagement units;
    @Autowired QualityManagement quality;
    @Autowired QualificationManagement qualifications;
    @Autowired AcceptanceManagement acceptance;
    @Autowired BomManagement boms;
    @Autowired AssessmentQueue queue;
    @Autowired ShipmentManagement shipments;
    @Autowired StockManagement stock;
    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired PlatformTransactionManager transactions;

    Product product;
    Actor operator;
    Actor buyer;
    Actor officer;
    Actor compliance;

    @BeforeEach
    void product() {
        product = fixture.product();
        operator = fixture.actor("operator.ro");
        buyer = fixture.actor("buyer.ro");
        officer = fixture.actor("acceptance.ro");
        compliance = fixture.actor("compliance.ro");
    }

    @Test
    void aHeldDeliveryIsDispatchedByItselfWhenTheOfficerReleasesIt() {
        Delivery held = acceptance.deliver(buyer, new DeliveryRequest(List.of(accepted().id()), null));
        assertThat(held.complianceOutcome()).isEqualTo("HELD");
        assertThat(held.dispatched()).isFalse();
        assertThatThrownBy(() -> acceptance.dispatch(buyer, held.id())).isInstanceOf(StateRefused.class)
                .hasMessage("supply.shipment-not-cleared");
        assertThatThrownBy(() -> acceptance.dispatch(operator, held.id())).isInstanceOf(org.jointline.platform.Forbidden.class);

        queue.release(compliance, assessmentOf(held), new ReviewDecision("End-user certificate checked"));

        await().atMost(Duration.ofSeconds(30)).until(() -> acceptance.delivery(buyer, held.id()).dispatched());
        Delivery dispatched = acceptance.delivery(buyer, held.id());
        assertThat(dispatched.complianceOutcome()).isEqualTo("CLEARED");
        assertThat(shipments.get(buyer, new ShipmentId(held.shipmentId())).status()).isEqualTo(ShipmentStatus.DISPATCHED);
        assertThat(workOrders.units(operator, units.get(operator, unitOf(held)).workOrderId()))
                .extracting(Unit::status).containsExactly(UnitStatus.DELIVERED);
        assertThatThrownBy(() -> acceptance.dispatch(buyer, held.id())).isInstanceOf(StateRefused.class)
                .hasMessage("production.delivery.already-dispatched");
    }

    @Test
    void dispatchNowOnThePageAndTheApiIsRefusedWhileHeldAndShipsOnceReleased() throws Exception {
        Delivery held = acceptance.deliver(buyer, new DeliveryRequest(List.of(accepted().id()), null));
        assertThat(page("buyer.ro", "/deliveries/" + held.id())).contains("id=\"dispatch\"");
        assertThat(page("acceptance.ro", "/deliveries/" + held.id())).doesNotContain("id=\"dispatch\"");

        MvcResult refused = mvc.perform(post("/deliveries/" + held.id() + "/dispatch").with(as(accounts, "buyer.ro")).with(csrf()))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(refused.getResponse().getContentAsString()).contains("id=\"problem\"").contains(held.shipmentNumber());
        MvcResult api = mvc.perform(post("/api/v1/deliveries/" + held.id() + "/dispatch").with(as(accounts, "buyer.ro")).with(csrf()))
                .andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(409);
        assertThat(api.getResponse().getContentType()).contains("application/problem+json");
        assertThat(acceptance.delivery(buyer, held.id()).dispatched()).isFalse();

        // The officer releases and the buyer presses "Dispatch now" in one transaction, before the listener could.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            queue.release(compliance, assessmentOf(held), new ReviewDecision("Licence checked"));
            try {
                MvcResult dispatched = mvc.perform(post("/deliveries/" + held.id() + "/dispatch")
                        .with(as(accounts, "buyer.ro")).with(csrf())).andReturn();
                assertThat(dispatched.getResponse().getStatus()).isEqualTo(302);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(acceptance.delivery(buyer, held.id()).dispatched()).isTrue();
        assertThat(units.get(operator, unitOf(held)).status()).isEqualTo(UnitStatus.DELIVERED);
        assertThat(page("buyer.ro", "/deliveries/" + held.id())).doesNotContain("id=\"dispatch\"");
    }

    @Test
    void returnToSupplierShipsTheLotBackAndTheStockLeavesWhenReleased() {
        Actor inspector = fixture.actor("inspector.ro");
        BigDecimal before = onHand();
        assertThat(before).isEqualByComparingTo("20");
        Nonconformance nc = quality.open(inspector, new NonconformanceDetails(NonconformanceSubject.LOT, null,
                product.lotPart().id(), product.lot(), null, "Cracked housings"));

        Nonconformance decided = quality.disposition(inspector, nc.id(), new DispositionDetails(Disposition.RETURN_TO_SUPPLIER,
                null, "Moulding defect", "Supplier 8D requested"));

        assertThat(decided.status()).isEqualTo(NonconformanceStatus.CLOSED);
        assertThat(decided.returned()).isNotNull();
        assertThat(decided.returned().outcome()).isEqualTo("HELD");
        assertThat(decided.returned().dispatched()).isFalse();
        assertThat(onHand()).isEqualByComparingTo("20");
        var shipment = shipments.get(inspector, new ShipmentId(decided.returned().shipmentId()));
        assertThat(shipment.status()).isEqualTo(ShipmentStatus.DRAFT);
        assertThat(shipment.destinationCode()).isEqualTo("SON-1");

        queue.release(compliance, shipment.assessment(), new ReviewDecision("Return of defective goods"));

        await().atMost(Duration.ofSeconds(30)).until(() -> quality.nonconformance(inspector, nc.id()).returned().dispatched());
        assertThat(shipments.get(inspector, shipment.id()).status()).isEqualTo(ShipmentStatus.DISPATCHED);
        assertThat(onHand()).isEqualByComparingTo("0");
    }

    @Test
    void aHeldReturnIsDispatchedWithTheButtonOnceReleasedAndRefusedBefore() throws Exception {
        Actor inspector = fixture.actor("inspector.ro");
        Nonconformance nc = quality.open(inspector, new NonconformanceDetails(NonconformanceSubject.LOT, null,
                product.lotPart().id(), product.lot(), null, "Cracked housings"));
        Nonconformance held = quality.disposition(inspector, nc.id(), new DispositionDetails(Disposition.RETURN_TO_SUPPLIER,
                null, null, null));
        assertThat(page("inspector.ro", "/nonconformances/" + nc.id())).contains("id=\"dispatch-return\"");

        MvcResult refused = mvc.perform(post("/nonconformances/" + nc.id() + "/dispatch-return")
                .with(as(accounts, "inspector.ro")).with(csrf())).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(refused.getResponse().getContentAsString()).contains("id=\"problem\"").contains(held.returned().shipmentNumber());
        MvcResult api = mvc.perform(post("/api/v1/nonconformances/" + nc.id() + "/dispatch-return")
                .with(as(accounts, "inspector.ro")).with(csrf())).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(409);
        assertThat(api.getResponse().getContentType()).contains("application/problem+json");
        assertThat(onHand()).isEqualByComparingTo("20");

        var shipment = shipments.get(inspector, new ShipmentId(held.returned().shipmentId()));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            queue.release(compliance, shipment.assessment(), new ReviewDecision("Return of defective goods"));
            try {
                MvcResult dispatched = mvc.perform(post("/nonconformances/" + nc.id() + "/dispatch-return")
                        .with(as(accounts, "inspector.ro")).with(csrf())).andReturn();
                assertThat(dispatched.getResponse().getStatus()).isEqualTo(302);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(quality.nonconformance(inspector, nc.id()).returned().dispatched()).isTrue();
        assertThat(onHand()).isEqualByComparingTo("0");
        assertThat(page("inspector.ro", "/nonconformances/" + nc.id())).doesNotContain("id=\"dispatch-return\"");
        assertThatThrownBy(() -> quality.dispatchReturn(inspector, nc.id())).isInstanceOf(StateRefused.class)
                .hasMessage("production.nc.return-already-left");
    }

    @Test
    void returnToSupplierOfALotWithNothingInStockIsRefusedWithNothingWritten() {
        Actor inspector = fixture.actor("inspector.ro");
        Nonconformance nc = quality.open(inspector, new NonconformanceDetails(NonconformanceSubject.LOT, null,
                product.subPart().id(), product.subLot(), null, "Wrong resin"));
        assertThatThrownBy(() -> quality.disposition(inspector, nc.id(), new DispositionDetails(Disposition.RETURN_TO_SUPPLIER,
                null, null, null))).isInstanceOf(InvalidInput.class).hasMessage("production.nc.return-no-supplier");
        assertThat(quality.nonconformance(inspector, nc.id()).status()).isEqualTo(NonconformanceStatus.OPEN);
    }

    @Test
    void returnToSupplierOfAReceiptShipsBackWhatIsLeftOfItsDelivery() {
        Actor inspector = fixture.actor("inspector.ro");
        String note = deliveryNote();
        receiveFromTheLotsSupplier(product.lotPart().id(), org.jointline.supply.LocationKind.LINE_SIDE, new BigDecimal("12"),
                "L" + note, List.of(), note);
        Nonconformance nc = quality.open(inspector, new NonconformanceDetails(NonconformanceSubject.RECEIPT, null, null,
                null, note, "Housings moulded to revision B"));

        Nonconformance decided = quality.disposition(inspector, nc.id(), new DispositionDetails(Disposition.RETURN_TO_SUPPLIER,
                null, "Supplier used an old drawing", "Supplier 8D requested"));

        assertThat(decided.returned()).isNotNull();
        var shipment = shipments.get(inspector, new ShipmentId(decided.returned().shipmentId()));
        assertThat(shipment.destinationCode()).isEqualTo("SON-1");
        assertThat(shipment.note()).isEqualTo(nc.number());
        assertThat(shipment.lines()).singleElement().satisfies(line -> {
            assertThat(line.lotNumber()).isEqualTo("L" + note);
            assertThat(line.quantity()).isEqualByComparingTo("12");
        });
    }

    @Test
    void returnToSupplierOfASerialReceiptShipsTheSerialsStillInStockThere() {
        Actor inspector = fixture.actor("inspector.ro");
        String note = deliveryNote();
        List<String> serials = List.of(note + "-1", note + "-2", note + "-3");
        receiveFromTheLotsSupplier(product.motor().id(), org.jointline.supply.LocationKind.WAREHOUSE, null, null, serials, note);
        stock.consume(operator, org.jointline.supply.Consumption.ofSerial(product.motor().id(), serials.get(1), "used"));
        Nonconformance nc = quality.open(inspector, new NonconformanceDetails(NonconformanceSubject.RECEIPT, null, null,
                null, note, "Wrong winding"));

        Nonconformance decided = quality.disposition(inspector, nc.id(), new DispositionDetails(Disposition.RETURN_TO_SUPPLIER,
                null, null, null));

        var shipment = shipments.get(inspector, new ShipmentId(decided.returned().shipmentId()));
        assertThat(shipment.lines()).singleElement()
                .satisfies(line -> assertThat(line.serials()).containsExactly(serials.get(0), serials.get(2)));
    }

    @Test
    void returnToSupplierOfAnUnknownReceiptIsRefusedNamingIt() {
        Actor inspector = fixture.actor("inspector.ro");
        Nonconformance nc = quality.open(inspector, new NonconformanceDetails(NonconformanceSubject.RECEIPT, null, null,
                null, "DN-NOT-RECEIVED", "Damaged on arrival"));

        assertThatThrownBy(() -> quality.disposition(inspector, nc.id(), new DispositionDetails(Disposition.RETURN_TO_SUPPLIER,
                null, null, null))).isInstanceOf(InvalidInput.class).hasMessage("production.nc.return-unknown-receipt")
                .satisfies(e -> assertThat(((InvalidInput) e).arguments()).containsExactly("DN-NOT-RECEIVED"));
        assertThat(quality.nonconformance(inspector, nc.id()).status()).isEqualTo(NonconformanceStatus.OPEN);
    }

    private static String deliveryNote() {
        return "DN-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** A delivery at Brașov from the supplier of the product's lot, under its delivery note. */
    private void receiveFromTheLotsSupplier(org.jointline.engineering.ItemId item, org.jointline.supply.LocationKind kind,
                                            BigDecimal quantity, String lot, List<String> serials, String note) {
        var supplier = stock.lot(buyer, product.lotPart().id(), product.lot()).orElseThrow().supplier();
        var location = stock.location(buyer, product.facility().id(), kind).id();
        stock.receive(buyer, new org.jointline.supply.Receipt(item, location, quantity, lot, null, supplier, null, serials,
                note, null));
    }

    /** The lot part at Brașov, out of transit (a dispatched shipment's goods sit in transit until received). */
    private BigDecimal onHand() {
        return stock.onHand(buyer, product.lotPart().id(), product.facility().id()).stream()
                .filter(l -> l.locationKind() != org.jointline.supply.LocationKind.IN_TRANSIT)
                .map(org.jointline.supply.StockLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private AssessmentId assessmentOf(Delivery delivery) {
        return shipments.get(buyer, new ShipmentId(delivery.shipmentId())).assessment();
    }

    private UnitId unitOf(Delivery delivery) {
        return units.scan(operator, delivery.serials().getFirst()).unit().id();
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(accounts, user))).andReturn().getResponse().getContentAsString();
    }

    /** An accepted unit of the product, qualified for the Romanian MoD, its end item left unclassified. */
    private Unit accepted() {
        String basis = "STANAG 4703 / " + product.tag();
        qualifications.require(officer, new RequirementDetails(product.customer(), product.endItem().id(), basis));
        BomRevision revision = boms.revisions(fixture.actor("engineer.ro"), product.endItem().id()).getFirst();
        qualifications.create(fixture.actor("engineer.ro"), new QualificationDetails(revision.id(), basis, "AAMN",
                "Q-" + product.tag(), QualificationStatus.GRANTED, null, null, List.of()));
        Unit unit = fixture.completed(product, operator);
        return acceptance.decide(officer, unit.id(), new AcceptanceDecision(true, null));
    }
}
