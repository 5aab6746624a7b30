package org.jointline.supply;

import java.math.BigDecimal;
import java.util.List;
import org.jointline.JointlineTest;
import org.jointline.engineering.Item;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.Facility;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.PageQuery;
import org.jointline.platform.StateRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@JointlineTest
class PurchaseOrderTests {

    @Autowired PurchaseOrderManagement orders;
    @Autowired SupplierManagement suppliers;
    @Autowired StockManagement stock;
    @Autowired SerialManagement serials;
    SupplyFixture fixture;

    @Autowired
    void fixture(org.jointline.engineering.ItemManagement items, org.jointline.partners.FacilityManagement facilities,
                 org.jointline.platform.security.Accounts accounts) {
        fixture = new SupplyFixture(items, facilities, accounts);
    }

    Actor buyer;
    Facility brasov;
    Supplier valtellina;
    Location receiving;

    @BeforeEach
    void setUp() {
        buyer = fixture.actor("buyer.ro");
        brasov = fixture.facility("BRV-1");
        valtellina = suppliers.suppliers(buyer, new PageQuery(0, 20, "Valtellina")).items().getFirst();
        receiving = stock.location(buyer, brasov.id(), LocationKind.RECEIVING);
    }

    @Test
    void receivesPartlyThenCompletelyIntoLotsWithTheSuppliersLotAndCertificate() {
        Item frame = fixture.item("Frame", Tracking.LOT, UnitOfMeasure.EA);
        PurchaseOrder order = confirmed(frame, "100");
        PurchaseOrderLineId line = order.lines().getFirst().id();

        order = orders.receive(buyer, order.id(), new OrderReceipt(line, new BigDecimal("40"), receiving.id(), null, "VM-778", "CoC-1", null, null));
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_RECEIVED);
        order = orders.receive(buyer, order.id(), new OrderReceipt(line, new BigDecimal("60"), receiving.id(), null, "VM-779", "CoC-2", null, null));
        assertThat(order.status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(order.lines().getFirst().received()).isEqualByComparingTo("100");

        List<Lot> lots = stock.lots(buyer, frame.id());
        assertThat(lots).extracting(Lot::supplierLot, Lot::certificate, Lot::supplier)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("VM-778", "CoC-1", valtellina.id()),
                        org.assertj.core.groups.Tuple.tuple("VM-779", "CoC-2", valtellina.id()));
        assertThat(stock.available(buyer, frame.id(), brasov.id()).onHand()).isEqualByComparingTo("100");
    }

    @Test
    void refusesToReceiveMoreThanOrderedWithoutAReason() {
        Item frame = fixture.item("Frame", Tracking.LOT, UnitOfMeasure.EA);
        PurchaseOrder order = confirmed(frame, "10");
        PurchaseOrderLineId line = order.lines().getFirst().id();
        orders.receive(buyer, order.id(), new OrderReceipt(line, new BigDecimal("8"), receiving.id(), "A", null, null, null, null));

        assertThatThrownBy(() -> orders.receive(buyer, order.id(), new OrderReceipt(line, new BigDecimal("3"), receiving.id(), "B", null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("quantity");
                    assertThat(e.messageKey()).isEqualTo("supply.over-receipt");
                });
        assertThat(orders.get(buyer, order.id()).lines().getFirst().received()).isEqualByComparingTo("8");
        assertThat(stock.available(buyer, frame.id(), brasov.id()).onHand()).isEqualByComparingTo("8");

        PurchaseOrder over = orders.receive(buyer, order.id(), new OrderReceipt(line, new BigDecimal("3"), receiving.id(), "B",
                null, null, null, "Supplier shipped a full carton; accepted by buyer"));
        assertThat(over.lines().getFirst().received()).isEqualByComparingTo("11");
        assertThat(over.status()).isEqualTo(OrderStatus.RECEIVED);
    }

    @Test
    void receivesSerialNumbersAndRefusesUnknownLines() {
        Item motor = fixture.item("Motor", Tracking.SERIAL, UnitOfMeasure.EA);
        PurchaseOrder order = confirmed(motor, "4");
        orders.receive(buyer, order.id(), new OrderReceipt(order.lines().getFirst().id(), null, receiving.id(), null, "VM-1", null,
                List.of("VM-A1", "VM-A2"), null));
        assertThat(serials.get(buyer, motor.id(), "VM-A2").supplier()).isEqualTo(valtellina.id());

        assertThatThrownBy(() -> orders.receive(buyer, order.id(), new OrderReceipt(PurchaseOrderLineId.next(), BigDecimal.ONE,
                receiving.id(), null, null, null, List.of("X"), null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("line"));
        assertThatThrownBy(() -> orders.receive(buyer, order.id(), new OrderReceipt(order.lines().getFirst().id(), null,
                receiving.id(), null, null, null, List.of("VM-A3", "VM-A1"), null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("supply.serial-exists"));
        assertThat(orders.get(buyer, order.id()).lines().getFirst().received()).isEqualByComparingTo("2");
    }

    @Test
    void aDraftCannotBeReceived() {
        Item frame = fixture.item("Frame", Tracking.LOT, UnitOfMeasure.EA);
        PurchaseOrder draft = orders.create(buyer, new OrderDetails(valtellina.id(), brasov.id(), "EUR", null,
                List.of(new OrderDetails.Line(frame.id(), BigDecimal.TEN, new BigDecimal("12.50"), null))));
        assertThatThrownBy(() -> orders.receive(buyer, draft.id(), new OrderReceipt(draft.lines().getFirst().id(), BigDecimal.ONE,
                receiving.id(), "L", null, null, null, null))).isInstanceOf(StateRefused.class);
    }

    @Test
    void keepsSupplierPartsWithPriceBreaks() {
        Item motor = fixture.item("Motor", Tracking.SERIAL, UnitOfMeasure.EA);
        SupplierPart part = suppliers.addPart(buyer, new SupplierPartDetails(valtellina.id(), motor.id(), "VM-2807", "SKU-1", "EUR",
                List.of(new PriceBreak(BigDecimal.ONE, new BigDecimal("21.00")), new PriceBreak(new BigDecimal("100"), new BigDecimal("17.50"))),
                28, "IT", true, null));
        assertThat(part.unitPrice(new BigDecimal("150"))).isEqualByComparingTo("17.50");
        assertThat(part.unitPrice(new BigDecimal("5"))).isEqualByComparingTo("21.00");
        assertThat(suppliers.parts(buyer, null, motor.id())).singleElement().satisfies(p -> assertThat(p.supplierName()).contains("Valtellina"));
        assertThatThrownBy(() -> suppliers.addPart(buyer, new SupplierPartDetails(valtellina.id(), motor.id(), null, null, "EUR",
                List.of(), 1, null, false, null))).isInstanceOf(InvalidInput.class);
    }

    private PurchaseOrder confirmed(Item item, String quantity) {
        PurchaseOrder order = orders.create(buyer, new OrderDetails(valtellina.id(), brasov.id(), "EUR", "SO-1",
                List.of(new OrderDetails.Line(item.id(), new BigDecimal(quantity), new BigDecimal("9.90"), null))));
        return orders.confirm(buyer, order.id());
    }
}
