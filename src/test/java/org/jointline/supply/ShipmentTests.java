package org.jointline.supply;

import java.math.BigDecimal;
import java.util.List;
import org.jointline.JointlineTest;
import org.jointline.compliance.Outcome;
import org.jointline.compliance.TransferAssessments;
import org.jointline.engineering.Item;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.Facility;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.StateRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Supply's side of shipments, with a stand-in compliance decision (the real one: ShipmentComplianceTests). */
@JointlineTest
@Import(ShipmentTests.Compliance.class)
@RecordApplicationEvents
class ShipmentTests {

    @TestConfiguration
    static class Compliance {
        @Bean
        @Primary
        FakeAssessments fakeAssessments() {
            return new FakeAssessments();
        }
    }

    @Autowired ShipmentManagement shipments;
    @Autowired StockManagement stock;
    @Autowired SerialManagement serials;
    @Autowired FakeAssessments compliance;
    SupplyFixture fixture;

    @Autowired
    void fixture(org.jointline.engineering.ItemManagement items, org.jointline.partners.FacilityManagement facilities,
                 org.jointline.platform.security.Accounts accounts) {
        fixture = new SupplyFixture(items, facilities, accounts);
    }
    @Autowired ApplicationEvents events;

    Actor buyer;
    Actor receiver;
    Facility brasov;
    Facility lviv;
    Location store;
    Location lvivStore;

    @BeforeEach
    void setUp() {
        buyer = fixture.actor("buyer.ro");
        receiver = fixture.actor("operator.ua");
        brasov = fixture.facility("BRV-1");
        lviv = fixture.facility("LVV-1");
        store = stock.location(buyer, brasov.id(), LocationKind.WAREHOUSE);
        lvivStore = stock.location(receiver, lviv.id(), LocationKind.WAREHOUSE);
    }

    @Test
    void nothingIsDispatchedWithoutAClearedAssessment() {
        Item motor = fixture.item("Motor", Tracking.SERIAL, UnitOfMeasure.EA);
        stock.receive(buyer, StockTests.serialReceipt(motor, store, "M-1", "M-2"));
        Shipment shipment = shipments.create(buyer, toLviv(new ShipmentDetails.Line(motor.id(), null, List.of("M-1", "M-2"), null, store.id(), null)));

        assertThatThrownBy(() -> shipments.dispatch(buyer, shipment.id()))
                .isInstanceOfSatisfying(StateRefused.class, e -> assertThat(e.messageKey()).isEqualTo("supply.shipment-not-assessed"));
        Shipment held = shipments.requestAssessment(buyer, shipment.id());
        assertThat(held.outcome()).isEqualTo(Outcome.HELD);
        assertThatThrownBy(() -> shipments.dispatch(buyer, shipment.id()))
                .isInstanceOfSatisfying(StateRefused.class, e -> assertThat(e.messageKey()).isEqualTo("supply.shipment-not-cleared"));
        compliance.decide(held.assessment(), Outcome.BLOCKED);
        assertThatThrownBy(() -> shipments.dispatch(buyer, shipment.id())).isInstanceOf(StateRefused.class);
        assertThat(serials.get(buyer, motor.id(), "M-1").location()).isEqualTo(store.id());

        compliance.decide(held.assessment(), Outcome.CLEARED);
        Shipment dispatched = shipments.dispatch(buyer, shipment.id());
        assertThat(dispatched.status()).isEqualTo(ShipmentStatus.DISPATCHED);
        Location transit = stock.location(buyer, brasov.id(), LocationKind.IN_TRANSIT);
        assertThat(serials.get(buyer, motor.id(), "M-1").location()).isEqualTo(transit.id());
        assertThat(stock.available(buyer, motor.id(), brasov.id()).available()).isEqualByComparingTo("0");
        assertThat(events.stream(ShipmentDispatched.class).filter(e -> e.shipment().equals(shipment.id()))).singleElement()
                .satisfies(e -> assertThat(e.lines().getFirst().serials()).containsExactlyInAnyOrder("M-1", "M-2"));
    }

    @Test
    void receiptMovesExactlyWhatWasDispatchedAndRecordsDifferences() {
        Item frame = fixture.item("Frame", Tracking.LOT, UnitOfMeasure.EA);
        Item motor = fixture.item("Motor", Tracking.SERIAL, UnitOfMeasure.EA);
        LotId lot = stock.receive(buyer, StockTests.receipt(frame, store, "10", "F-1")).lot();
        stock.receive(buyer, StockTests.serialReceipt(motor, store, "M-1", "M-2", "M-3"));
        Shipment shipment = cleared(shipments.create(buyer, toLviv(
                new ShipmentDetails.Line(frame.id(), lot, null, new BigDecimal("6"), store.id(), null),
                new ShipmentDetails.Line(motor.id(), null, List.of("M-1", "M-2", "M-3"), null, store.id(), null))));
        shipments.dispatch(buyer, shipment.id());

        Shipment received = shipments.receive(receiver, shipment.id(), new ShipmentReceipt(lvivStore.id(), List.of(
                new ShipmentReceipt.Line(shipment.lines().get(0).id(), new BigDecimal("5"), null, "one frame cracked, kept by carrier"),
                new ShipmentReceipt.Line(shipment.lines().get(1).id(), null, List.of("M-1", "M-3", "M-9"), null))));

        assertThat(received.status()).isEqualTo(ShipmentStatus.RECEIVED);
        assertThat(stock.available(receiver, frame.id(), lviv.id()).onHand()).isEqualByComparingTo("5");
        assertThat(stock.available(receiver, motor.id(), lviv.id()).onHand()).isEqualByComparingTo("2");
        assertThat(stock.available(buyer, frame.id(), brasov.id()).onHand()).isEqualByComparingTo("4");
        assertThat(stock.available(buyer, motor.id(), brasov.id()).onHand()).isEqualByComparingTo("0");
        assertThat(serials.get(buyer, motor.id(), "M-2").state()).isEqualTo(SerialState.LOST);
        assertThat(serials.get(receiver, motor.id(), "M-3").location()).isEqualTo(lvivStore.id());
        assertThat(received.discrepancies()).extracting(Discrepancy::serial, d -> d.expected().intValue(), d -> d.received().intValue())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(null, 6, 5),
                        org.assertj.core.groups.Tuple.tuple("M-2", 1, 0), org.assertj.core.groups.Tuple.tuple("M-9", 0, 1));
        assertThat(events.stream(ShipmentReceived.class).filter(e -> e.shipment().equals(shipment.id()))).singleElement()
                .satisfies(e -> assertThat(e.discrepancies()).hasSize(3));
        assertThatThrownBy(() -> shipments.receive(receiver, shipment.id(), new ShipmentReceipt(lvivStore.id(), List.of())))
                .isInstanceOf(StateRefused.class);
    }

    @Test
    void refusesPicksThatAreNotThereAndReceiversOfOtherFacilities() {
        Item frame = fixture.item("Frame", Tracking.LOT, UnitOfMeasure.EA);
        LotId lot = stock.receive(buyer, StockTests.receipt(frame, store, "2", "F-2")).lot();
        assertThatThrownBy(() -> shipments.create(buyer, toLviv(new ShipmentDetails.Line(frame.id(), lot, null, new BigDecimal("3"), store.id(), null))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("lines[0].quantity"));
        assertThatThrownBy(() -> shipments.create(buyer, toLviv(new ShipmentDetails.Line(frame.id(), lot, null, BigDecimal.ONE, lvivStore.id(), null))))
                .isInstanceOf(InvalidInput.class);

        Shipment shipment = cleared(shipments.create(buyer, toLviv(new ShipmentDetails.Line(frame.id(), lot, null, BigDecimal.ONE, store.id(), null))));
        shipments.dispatch(buyer, shipment.id());
        assertThatThrownBy(() -> shipments.receive(fixture.actor("operator.ro"), shipment.id(), new ShipmentReceipt(lvivStore.id(), List.of())))
                .isInstanceOf(Forbidden.class);
        assertThat(shipments.get(buyer, shipment.id()).status()).isEqualTo(ShipmentStatus.DISPATCHED);
    }

    private Shipment cleared(Shipment shipment) {
        Shipment assessed = shipments.requestAssessment(buyer, shipment.id());
        compliance.decide(assessed.assessment(), Outcome.CLEARED);
        return assessed;
    }

    private ShipmentDetails toLviv(ShipmentDetails.Line... lines) {
        return new ShipmentDetails(brasov.id(), lviv.id(), null, List.of(lines));
    }

    static boolean complianceIsThere(org.springframework.beans.factory.ObjectProvider<TransferAssessments> provider) {
        return provider.getIfAvailable() != null;
    }
}
