package org.jointline.production;

import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jointline.JointlineTest;
import org.jointline.compliance.ClassificationDetails;
import org.jointline.compliance.Classifications;
import org.jointline.compliance.Regime;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.BomRevision;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.StateRefused;
import org.jointline.production.ProductionFixture.Product;
import org.jointline.supply.SerialManagement;
import org.jointline.supply.SerialState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The customer's acceptance against its required qualifications, rejection, delivery and the certificate. */
@JointlineTest
class AcceptanceTests {

    @Autowired ProductionFixture fixture;
    @Autowired UnitManagement units;
    @Autowired QualificationManagement qualifications;
    @Autowired AcceptanceManagement acceptance;
    @Autowired BomManagement boms;
    @Autowired Classifications classifications;
    @Autowired SerialManagement serials;

    Product product;
    Actor operator;
    Actor officer;
    Actor engineer;
    String basis;

    @BeforeEach
    void product() {
        product = fixture.product();
        operator = fixture.actor("operator.ro");
        officer = fixture.actor("acceptance.ro");
        engineer = fixture.actor("engineer.ro");
        basis = "STANAG 4703 / " + product.tag();
        qualifications.require(officer, new RequirementDetails(product.customer(), product.endItem().id(), basis));
    }

    @Test
    void acceptanceOfAnUnqualifiedConfigurationIsRefusedNamingTheMissingQualification() {
        Unit unit = completed();
        assertThatThrownBy(() -> acceptance.decide(officer, unit.id(), new AcceptanceDecision(true, null)))
                .isInstanceOf(StateRefused.class).hasMessage("production.acceptance.unqualified")
                .satisfies(e -> assertThat(((StateRefused) e).arguments()).contains(basis, product.endItem().number()));
        assertThat(units.get(operator, unit.id()).status()).isEqualTo(UnitStatus.COMPLETED);

        qualify(QualificationStatus.IN_PROGRESS);
        assertThatThrownBy(() -> acceptance.decide(officer, unit.id(), new AcceptanceDecision(true, null)))
                .isInstanceOf(StateRefused.class);
    }

    @Test
    void anotherCustomerCannotDecideAndARejectionNeedsAReasonAndOpensANonconformance() {
        Unit unit = completed();
        assertThatThrownBy(() -> acceptance.decide(fixture.actor("acceptance.ua"), unit.id(), new AcceptanceDecision(true, null)))
                .isInstanceOf(org.jointline.platform.NotFound.class);
        assertThatThrownBy(() -> acceptance.decide(officer, unit.id(), new AcceptanceDecision(false, " ")))
                .isInstanceOf(InvalidInput.class).hasMessage("production.acceptance.reason-required");
        Unit rejected = acceptance.decide(officer, unit.id(), new AcceptanceDecision(false, "Scratched canopy"));
        assertThat(rejected.status()).isEqualTo(UnitStatus.REJECTED);
        assertThat(units.record(operator, unit.id()).nonconformances()).extracting(Nonconformance::description)
                .containsExactly("Scratched canopy");
    }

    @Test
    void acceptedUnitsShipThroughComplianceWithACertificateOfConformity() throws Exception {
        qualify(QualificationStatus.GRANTED);
        Actor compliance = fixture.actor("compliance.ro");
        classifications.classify(compliance, product.endItem().id(), new ClassificationDetails(Regime.EU_MILITARY, "ML10", "Military UAV"));
        Unit unit = completed();
        assertThat(acceptance.decide(officer, unit.id(), new AcceptanceDecision(true, null)).status()).isEqualTo(UnitStatus.ACCEPTED);

        assertThatThrownBy(() -> acceptance.deliver(operator, new DeliveryRequest(List.of(unit.id()), null)))
                .isInstanceOf(org.jointline.platform.Forbidden.class);
        Delivery delivery = acceptance.deliver(fixture.actor("buyer.ro"), new DeliveryRequest(List.of(unit.id()), null));

        assertThat(delivery.complianceOutcome()).isEqualTo("CLEARED");
        assertThat(delivery.serials()).containsExactly(unit.serial());
        assertThat(units.get(operator, unit.id()).status()).isEqualTo(UnitStatus.DELIVERED);
        assertThat(serials.get(operator, product.endItem().id(), unit.serial()).state()).isEqualTo(SerialState.IN_STOCK);

        byte[] pdf = acceptance.certificate(officer, delivery.id(), Locale.forLanguageTag("ro"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Certificat de conformitate", unit.serial(), basis, product.endItem().number(), "Current");
        }
        assertThatThrownBy(() -> acceptance.delivery(fixture.actor("acceptance.ua"), delivery.id()))
                .isInstanceOf(org.jointline.platform.NotFound.class);
    }

    private void qualify(QualificationStatus status) {
        BomRevision revision = boms.revisions(engineer, product.endItem().id()).getFirst();
        qualifications.create(engineer, new QualificationDetails(revision.id(), basis, "AAMN", "Q-" + product.tag(), status,
                null, null, List.of()));
    }

    private Unit completed() {
        return fixture.completed(product, operator);
    }
}
