package org.jointline.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jointline.JointlineTest;
import org.jointline.engineering.Document;
import org.jointline.engineering.DocumentDetails;
import org.jointline.engineering.DocumentKind;
import org.jointline.engineering.DocumentManagement;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.StateRefused;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decisions issue 5 lists, each with the rule that produced it asserted. */
@JointlineTest
class TransferDecisionTests {

    @Autowired TransferAssessments assessments;
    @Autowired AssessmentQueue queue;
    @Autowired Authorisations authorisations;
    @Autowired Classifications classifications;
    @Autowired DocumentManagement documents;
    @Autowired Accounts accounts;
    @Autowired ItemManagement items;
    @Autowired OrganisationManagement organisations;
    @Autowired FacilityManagement facilities;

    ComplianceFixture f;

    @BeforeEach
    void fixture() {
        f = new ComplianceFixture(accounts, items, organisations, facilities, classifications, authorisations);
    }

    @Test
    void blocksA9A012DroneToTheUkrainianMinistryWithoutAuthorisation() {
        ItemId drone = f.item("Long-range UAV", Regime.EU_DUAL_USE, "9A012");
        Assessment a = assessments.assess(f.engineer(), f.goods(f.ukrainianMod(), null, drone, "10", "50000"));
        assertThat(a.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(rules(a)).contains("licence-required");
        assertThat(a.lines().getFirst().reasons()).anyMatch(r -> r.message().contains("9A012") && r.message().contains("UA"));
    }

    @Test
    void clearsWithAnIndividualLicenceAndDrawsItDown() {
        ItemId drone = f.item("Long-range UAV", Regime.EU_DUAL_USE, "9A012");
        Authorisation licence = f.individual(drone, "100", "1000000");
        Assessment a = assessments.assess(f.engineer(), f.goods(f.ukrainianMod(), null, drone, "40", "200000"));
        assertThat(a.outcome()).isEqualTo(Outcome.CLEARED);
        assertThat(a.lines().getFirst().authorisation().reference()).isEqualTo(licence.reference());
        assertThat(rules(a)).contains("licence-covers");
        Authorisation after = authorisations.get(f.officer(), licence.id());
        assertThat(after.quantityUsed()).isEqualByComparingTo("40");
        assertThat(after.valueUsed()).isEqualByComparingTo("200000");
        assertThat(authorisations.drawdowns(f.officer(), licence.id())).singleElement()
                .satisfies(d -> assertThat(d.assessment()).isEqualTo(a.id()));
    }

    @Test
    void blocksASecondShipmentThatWouldExceedTheCeiling() {
        ItemId drone = f.item("Long-range UAV", Regime.EU_DUAL_USE, "9A012");
        Authorisation licence = f.individual(drone, "100", null);
        assertThat(assessments.assess(f.engineer(), f.goods(f.ukrainianMod(), null, drone, "90", "1")).outcome())
                .isEqualTo(Outcome.CLEARED);
        Assessment second = assessments.assess(f.engineer(), f.goods(f.ukrainianMod(), null, drone, "20", "1"));
        assertThat(second.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(rules(second)).contains("ceiling-exceeded");
        assertThat(authorisations.get(f.officer(), licence.id()).quantityUsed()).isEqualByComparingTo("90");
    }

    @Test
    void concurrentShipmentsRacingForTheLastUnitsNeverTogetherPassTheCeiling() throws Exception {
        ItemId drone = f.item("Long-range UAV", Regime.EU_DUAL_USE, "9A012");
        Authorisation licence = f.individual(drone, "10", null);
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Assessment>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return assessments.assess(f.engineer(), f.goods(f.ukrainianMod(), null, drone, "3", "1"));
                }));
            }
            start.countDown();
            List<Assessment> done = new ArrayList<>();
            for (Future<Assessment> r : results) {
                done.add(r.get());
            }
            assertThat(done.stream().filter(Assessment::cleared)).hasSize(3);
            assertThat(done.stream().filter(a -> !a.cleared()))
                    .allSatisfy(a -> assertThat(rules(a)).contains("ceiling-exceeded"));
        }
        Authorisation after = authorisations.get(f.officer(), licence.id());
        assertThat(after.quantityUsed()).isEqualByComparingTo("9");
        assertThat(authorisations.drawdowns(f.officer(), licence.id())).hasSize(3);
    }

    @Test
    void anExpiredLicenceCoversNothing() {
        ItemId drone = f.item("Long-range UAV", Regime.EU_DUAL_USE, "9A012");
        f.licence(AuthorisationType.INDIVIDUAL, f.carpathian(), List.of(drone), List.of(), List.of("UA"),
                List.of(f.ukrainianMod()), "100", null, LocalDate.now().minusYears(2), LocalDate.now().minusDays(1));
        Assessment a = assessments.assess(f.engineer(), f.goods(f.ukrainianMod(), null, drone, "1", "1"));
        assertThat(a.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(rules(a)).contains("licence-expired").doesNotContain("licence-covers");
    }

    @Test
    void eu001DoesNotCoverUkraine() {
        ItemId drone = f.item("Long-range UAV", Regime.EU_DUAL_USE, "9A012");
        Authorisation eu001 = f.licence(AuthorisationType.EU001, null, List.of(drone), List.of(),
                List.of("AU", "CA", "JP", "NZ", "NO", "CH", "LI", "GB", "US"), List.of(), null, null,
                LocalDate.of(2021, 9, 9), null);
        Assessment toUkraine = assessments.assess(f.engineer(), f.goods(f.ukrainianMod(), null, drone, "1", "1"));
        assertThat(toUkraine.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(rules(toUkraine)).contains("authorisation-destination", "licence-required");
        assertThat(toUkraine.lines().getFirst().reasons())
                .anyMatch(r -> r.message().contains(eu001.reference()) && r.message().contains("UA"));
        Assessment toNorway = assessments.assess(f.engineer(), f.goods(f.ukrainianMod(), "NO", drone, "1", "1"));
        assertThat(toNorway.outcome()).isEqualTo(Outcome.CLEARED);
        assertThat(toNorway.lines().getFirst().authorisation().reference()).startsWith("EU001");
    }

    @Test
    void aNotControlledPartBetweenEuMembersIsClearedWithoutALicence() {
        ItemId part = f.item("Propeller", Regime.NOT_CONTROLLED, "NLR");
        OrganisationId italy = f.italian();
        Assessment a = assessments.assess(f.engineer(), f.goods(italy, null, part, "500", "1500"));
        assertThat(a.outcome()).isEqualTo(Outcome.CLEARED);
        assertThat(a.lines().getFirst().authorisation()).isNull();
        assertThat(rules(a)).containsExactly("not-controlled");
    }

    @Test
    void aDualUseItemOutsideAnnexIvMovesBetweenEuMembersWithoutALicence() {
        ItemId drone = f.item("Long-range UAV", Regime.EU_DUAL_USE, "9A012");
        Assessment a = assessments.assess(f.engineer(), f.goods(f.italian(), null, drone, "1", "1"));
        assertThat(a.outcome()).isEqualTo(Outcome.CLEARED);
        assertThat(rules(a)).contains("intra-eu-dual-use");
    }

    @Test
    void anEmbargoedDestinationIsBlockedWhateverTheLicencesSay() {
        ItemId drone = f.item("Long-range UAV", Regime.EU_DUAL_USE, "9A012");
        f.licence(AuthorisationType.INDIVIDUAL, f.carpathian(), List.of(drone), List.of(), List.of("RU", "BY"),
                List.of(), "100", null, LocalDate.now().minusDays(1), LocalDate.now().plusYears(1));
        Assessment a = assessments.assess(f.engineer(), f.goods(f.ukrainianMod(), "RU", drone, "1", "1"));
        assertThat(a.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(rules(a)).contains("embargo").doesNotContain("licence-covers");
        ItemId part = f.item("Propeller", Regime.NOT_CONTROLLED, "NLR");
        assertThat(rules(assessments.assess(f.engineer(), f.goods(f.ukrainianMod(), "BY", part, "1", "1"))))
                .contains("embargo");
    }

    @Test
    void aDocumentClassified9E001OfferedToAnEngineerInUkraineIsATechnologyTransfer() {
        ItemId drone = f.item("Long-range UAV", Regime.EU_DUAL_USE, "9A012");
        Document design = documents.create(f.engineer(), drone, new DocumentDetails("DOC-" + drone.value().toString()
                .substring(0, 6), "Airframe design data", DocumentKind.values()[0]));
        classifications.classify(f.officer(), design.id(), new ClassificationDetails(Regime.EU_DUAL_USE, "9E001",
                "development technology for 9A012"));
        OrganisationId dnipro = f.ukrainianMod();
        AssessmentRequest offer = new AssessmentRequest(f.brasov(), dnipro, "UA", TransferKind.TECHNOLOGY,
                List.of(new AssessmentLine(null, design.id(), null, null)), "share of " + design.number());
        Assessment without = assessments.assess(f.officer(), offer);
        assertThat(without.kind()).isEqualTo(TransferKind.TECHNOLOGY);
        assertThat(without.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(rules(without)).contains("licence-required");
        f.licence(AuthorisationType.INDIVIDUAL, f.carpathian(), List.of(), List.of(new CoveredCode(Regime.EU_DUAL_USE,
                "9E001")), List.of("UA"), List.of(dnipro), null, null, LocalDate.now(), LocalDate.now().plusYears(1));
        assertThat(assessments.assess(f.officer(), offer).outcome()).isEqualTo(Outcome.CLEARED);
    }

    @Test
    void aMilitaryItemWithoutEndUserCertificateIsHeldAndTheOfficersReleaseDrawsItDown() {
        ItemId drone = f.item("Strike drone", Regime.EU_MILITARY, "ML10");
        OrganisationId brigade = f.newConsignee("UA");
        Authorisation licence = f.individual(drone, brigade, "50", null);
        Assessment held = assessments.assess(f.engineer(), f.goods(brigade, null, drone, "5", "1"));
        assertThat(held.outcome()).isEqualTo(Outcome.HELD);
        assertThat(rules(held)).contains("end-user-certificate", "licence-covers");
        assertThat(authorisations.get(f.officer(), licence.id()).quantityUsed()).isEqualByComparingTo("0");
        assertThat(queue.list(f.officer(), Outcome.HELD, new org.jointline.platform.PageQuery(0, 200, null)).items())
                .anyMatch(s -> s.id().equals(held.id()));

        AssessmentDetails released = queue.release(f.officer(), held.id(), new ReviewDecision("EUC seen on paper, filed"));
        assertThat(released.outcome()).isEqualTo(Outcome.CLEARED);
        assertThat(released.reviewReason()).isEqualTo("EUC seen on paper, filed");
        assertThat(assessments.get(f.engineer(), held.id()).outcome()).isEqualTo(Outcome.CLEARED);
        assertThat(authorisations.get(f.officer(), licence.id()).quantityUsed()).isEqualByComparingTo("5");
        assertThatThrownBy(() -> queue.refuse(f.officer(), held.id(), new ReviewDecision("too late")))
                .isInstanceOf(StateRefused.class);
    }

    @Test
    void aValidEndUserCertificateClearsTheMilitaryItemAndARefusalBlocksAHeldOne() {
        ItemId drone = f.item("Strike drone", Regime.EU_MILITARY, "ML10");
        OrganisationId brigade = f.newConsignee("UA");
        f.individual(drone, brigade, "50", null);
        Assessment held = assessments.assess(f.engineer(), f.goods(brigade, null, drone, "5", "1"));
        AssessmentDetails refused = queue.refuse(f.officer(), held.id(), new ReviewDecision("end use unclear"));
        assertThat(refused.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(refused.lines().getFirst().causes()).anyMatch(c -> c.rule().equals("officer-review"));

        authorisations.registerCertificate(f.officer(), new EndUserCertificateDetails("EUC-" + drone.value(),
                brigade, "UA", "Armed forces of Ukraine", true, LocalDate.now().minusDays(1), null, null, null));
        Assessment cleared = assessments.assess(f.engineer(), f.goods(brigade, null, drone, "5", "1"));
        assertThat(cleared.outcome()).isEqualTo(Outcome.CLEARED);
        assertThat(rules(cleared)).contains("end-user-certificate");
    }

    @Test
    void anUnclassifiedItemIsHeldForAnOfficer() {
        ItemId part = f.item("Unknown part", null, null);
        Assessment a = assessments.assess(f.engineer(), f.goods(f.ukrainianMod(), null, part, "1", "1"));
        assertThat(a.outcome()).isEqualTo(Outcome.HELD);
        assertThat(rules(a)).containsExactly("unclassified");
    }

    @Test
    void anAssessmentForAnUnknownItemOrCountryNamesWhatIsUnknown() {
        ItemId ghost = ItemId.of("01900000-0000-7000-8000-000000000000");
        assertThatThrownBy(() -> assessments.assess(f.engineer(), f.goods(f.ukrainianMod(), null, ghost, "1", "1")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[0].item");
                    assertThat(e.arguments()).containsExactly(ghost);
                });
        ItemId part = f.item("Propeller", Regime.NOT_CONTROLLED, "NLR");
        assertThatThrownBy(() -> assessments.assess(f.engineer(), f.goods(f.ukrainianMod(), "XX", part, "1", "1")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("destinationCountry");
                    assertThat(e.arguments()).containsExactly("XX");
                });
    }

    @Test
    void anAuthorisationWithANegativeCeilingOrAnEndBeforeItsStartIsRefused() {
        ItemId drone = f.item("Long-range UAV", Regime.EU_DUAL_USE, "9A012");
        assertThatThrownBy(() -> f.individual(drone, "-1", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("quantityCeiling"));
        assertThatThrownBy(() -> f.licence(AuthorisationType.INDIVIDUAL, f.carpathian(), List.of(drone), List.of(),
                List.of("UA"), List.of(), "1", null, LocalDate.now(), LocalDate.now().minusDays(1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("validTo"));
    }

    private static List<String> rules(Assessment a) {
        return a.lines().stream().flatMap(l -> l.reasons().stream()).map(Reason::rule).toList();
    }

    static BigDecimal n(String v) {
        return new BigDecimal(v);
    }
}
