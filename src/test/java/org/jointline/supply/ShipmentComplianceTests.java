package org.jointline.supply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jointline.JointlineTest;
import org.jointline.compliance.AuthorisationDetails;
import org.jointline.compliance.Authorisations;
import org.jointline.compliance.AuthorisationType;
import org.jointline.compliance.ClassificationDetails;
import org.jointline.compliance.Classifications;
import org.jointline.compliance.Outcome;
import org.jointline.compliance.Regime;
import org.jointline.engineering.Item;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.Facility;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.StateRefused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Shipments with the real compliance module deciding. */
@JointlineTest
class ShipmentComplianceTests {

    @Autowired ShipmentManagement shipments;
    @Autowired StockManagement stock;
    @Autowired SerialManagement serials;
    @Autowired Classifications classifications;
    @Autowired Authorisations authorisations;
    SupplyFixture fixture;

    @Autowired
    void fixture(org.jointline.engineering.ItemManagement items, org.jointline.partners.FacilityManagement facilities,
                 org.jointline.platform.security.Accounts accounts) {
        fixture = new SupplyFixture(items, facilities, accounts);
    }

    @Test
    void aControlledItemCannotBeDispatchedToUkraineWithoutAClearedAssessment() {
        Actor buyer = fixture.actor("buyer.ro");
        Actor officer = fixture.actor("compliance.ro");
        Facility brasov = fixture.facility("BRV-1");
        Facility kyiv = fixture.facility("KYV-A");
        Item uav = fixture.item("Long-range UAV", Tracking.SERIAL, UnitOfMeasure.EA);
        classifications.classify(officer, uav.id(), new ClassificationDetails(Regime.EU_DUAL_USE, "9A012", "endurance over 1 h"));
        Location store = stock.location(buyer, brasov.id(), LocationKind.WAREHOUSE);
        stock.receive(buyer, StockTests.serialReceipt(uav, store, "UAV-1"));
        Shipment shipment = shipments.create(buyer, new ShipmentDetails(brasov.id(), kyiv.id(), null,
                List.of(new ShipmentDetails.Line(uav.id(), null, List.of("UAV-1"), null, store.id(), new BigDecimal("40000")))));

        assertThatThrownBy(() -> shipments.dispatch(buyer, shipment.id())).isInstanceOf(StateRefused.class);
        Shipment blocked = shipments.requestAssessment(buyer, shipment.id());
        assertThat(blocked.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThatThrownBy(() -> shipments.dispatch(buyer, shipment.id()))
                .isInstanceOfSatisfying(StateRefused.class, e -> assertThat(e.messageKey()).isEqualTo("supply.shipment-not-cleared"));
        assertThat(serials.get(buyer, uav.id(), "UAV-1").location()).isEqualTo(store.id());

        authorisations.register(officer, new AuthorisationDetails("RO-IND-" + uav.number(), AuthorisationType.INDIVIDUAL, "ANCEX",
                "RO", new OrganisationId(officer.organisationId()), List.of(), List.of(uav.id()), List.of("UA"),
                List.of(kyiv.organisationId()), List.of(), new BigDecimal("10"), null, LocalDate.now().minusDays(1),
                LocalDate.now().plusYears(1), "Armed forces of Ukraine", null, null));
        assertThat(shipments.requestAssessment(buyer, shipment.id()).outcome()).isEqualTo(Outcome.CLEARED);
        assertThat(shipments.dispatch(buyer, shipment.id()).status()).isEqualTo(ShipmentStatus.DISPATCHED);
    }
}
