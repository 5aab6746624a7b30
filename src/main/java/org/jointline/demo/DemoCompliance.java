package org.jointline.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jointline.compliance.AssessmentLine;
import org.jointline.compliance.AssessmentRequest;
import org.jointline.compliance.AuthorisationDetails;
import org.jointline.compliance.AuthorisationType;
import org.jointline.compliance.Authorisations;
import org.jointline.compliance.ClassificationDetails;
import org.jointline.compliance.Classifications;
import org.jointline.compliance.CoveredCode;
import org.jointline.compliance.EndUserCertificateDetails;
import org.jointline.compliance.Regime;
import org.jointline.compliance.TransferAssessments;
import org.jointline.compliance.TransferKind;
import org.jointline.compliance.UsContentDetails;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.partners.FacilityId;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.Installation;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's export compliance, after the demo drone: classifications, an individual ML10 licence for the
 * Ukrainian Ministry of Defence with its end-user certificate, EU001, and four shipments that show each outcome.
 */
@Component
@Order(30)
class DemoCompliance implements ApplicationRunner {

    static final String FACT = "demo-compliance";
    private static final Logger LOG = LoggerFactory.getLogger(DemoCompliance.class);

    private final Installation installation;
    private final Accounts accounts;
    private final ItemManagement items;
    private final OrganisationManagement organisations;
    private final FacilityManagement facilities;
    private final Classifications classifications;
    private final Authorisations authorisations;
    private final TransferAssessments assessments;
    private final boolean enabled;

    DemoCompliance(Installation installation, Accounts accounts, ItemManagement items, OrganisationManagement organisations,
                   FacilityManagement facilities, Classifications classifications, Authorisations authorisations,
                   TransferAssessments assessments, @Value("${jointline.demo:false}") boolean enabled) {
        this.installation = installation;
        this.accounts = accounts;
        this.items = items;
        this.organisations = organisations;
        this.facilities = facilities;
        this.classifications = classifications;
        this.authorisations = authorisations;
        this.assessments = assessments;
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
        LOG.info("Loaded the demo's export compliance: log in as compliance.ro to see the queue and the licences.");
    }

    private void load() {
        Actor officer = actor("compliance.ro");
        OrganisationId carpathian = new OrganisationId(officer.organisationId());
        OrganisationId mod = organisation(officer, "Ministry of Defence of Ukraine");
        OrganisationId dnipro = organisation(officer, "Dnipro Unmanned Systems TOV");
        OrganisationId valtellina = organisation(officer, "Valtellina Motori SpA");

        ItemId drone = item(officer, "CAS-FPV7");
        classify(officer, drone, Regime.EU_MILITARY, "ML10",
                "FPV strike drone specially designed for military use: warhead mount, military datalink.");
        for (String part : List.of("CAS-1004", "CAS-3001", "CAS-3002", "CAS-3003", "CAS-3007", "CAS-3005", "CAS-3006")) {
            classify(officer, item(officer, part), Regime.NOT_CONTROLLED, "NLR", "Commercial part, on no control list.");
        }
        classify(officer, item(officer, "CAS-1002"), Regime.EAR99, "EAR99",
                "US-designed commercial IMU (TDK InvenSense), EAR99 per the maker's classification.");
        classifications.setUsContent(officer, drone, new UsContentDetails(new BigDecimal("38.00"), new BigDecimal("420.00")));

        authorisations.register(officer, new AuthorisationDetails("RO-ANCEX-2026-0142", AuthorisationType.INDIVIDUAL,
                "ANCEX — Departamentul pentru Controlul Exporturilor", "RO", carpathian,
                List.of(), List.of(drone), List.of("UA"), List.of(mod),
                List.of(mod), new BigDecimal("5000"), new BigDecimal("2500000"), LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), "Armed Forces of Ukraine", "No re-export without the consent of ANCEX.", null));
        authorisations.register(actor("admin"), new AuthorisationDetails("EU001", AuthorisationType.EU001,
                "Regulation (EU) 2021/821, Annex II, Section A", "RO", null,
                List.of(new CoveredCode(Regime.EU_DUAL_USE, "9A"), new CoveredCode(Regime.EU_DUAL_USE, "5A002"),
                        new CoveredCode(Regime.EU_DUAL_USE, "6A003"), new CoveredCode(Regime.EU_DUAL_USE, "7A003")),
                List.of(), List.of("AU", "CA", "JP", "NZ", "NO", "CH", "LI", "GB", "US"), List.of(), List.of(), null, null,
                LocalDate.of(2021, 9, 9), null, null, "Annex II conditions; registration with ANCEX before first use.", null));
        authorisations.registerCertificate(officer, new EndUserCertificateDetails("MOU-EUC-2026-0077", mod, "UA",
                "Use by the Armed Forces of Ukraine; no re-export.", true, LocalDate.of(2026, 4, 15),
                LocalDate.of(2027, 4, 14), null, null));

        Actor buyer = actor("buyer.ro");
        FacilityId brasov = facilities.list(buyer, new PageQuery(0, 5, "BRV-1"), null).items().getFirst().id();
        ship(buyer, brasov, mod, drone, "1200", "504000", "SHP-2026-0001");
        ship(buyer, brasov, valtellina, item(officer, "CAS-3003"), "400", "1200", "SHP-2026-0002");
        ship(buyer, brasov, mod, item(officer, "CAS-2001"), "300", "36000", "SHP-2026-0003");
        ship(buyer, brasov, dnipro, drone, "50", "21000", "SHP-2026-0004");
    }

    private void ship(Actor buyer, FacilityId origin, OrganisationId consignee, ItemId item, String quantity,
                      String value, String reference) {
        assessments.assess(buyer, new AssessmentRequest(origin, consignee, null, TransferKind.GOODS,
                List.of(new AssessmentLine(item, null, new BigDecimal(quantity), new BigDecimal(value))), reference));
    }

    private void classify(Actor officer, ItemId item, Regime regime, String code, String why) {
        classifications.classify(officer, item, new ClassificationDetails(regime, code, why));
    }

    private ItemId item(Actor actor, String number) {
        return items.byNumber(actor, number, new OrganisationId(actor.organisationId())).orElseThrow().id();
    }

    private OrganisationId organisation(Actor actor, String name) {
        return organisations.choices(actor).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }

    private Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow().actor();
    }
}
