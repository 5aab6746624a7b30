package org.jointline.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jointline.engineering.Document;
import org.jointline.engineering.DocumentDetails;
import org.jointline.engineering.DocumentKind;
import org.jointline.engineering.DocumentManagement;
import org.jointline.engineering.DownloadRefused;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.KnowHowAction;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProgrammeId;
import org.jointline.partners.ProgrammeManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.Installation;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.jointline.sharing.AccessLedger;
import org.jointline.sharing.AgreementDraft;
import org.jointline.sharing.Selection;
import org.jointline.sharing.SharingAgreements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's sharing: Carpathian shares the FPV-7 design with Dnipro for production in Lviv (view, and download
 * and use for manufacture for production, at most 20 downloads, watermarked, never onward) and the flight
 * controller with the Romanian ministry (view only); then a few accesses fill the ledger, including a download
 * refused because no compliance module has cleared the technology transfer, and a first signed checkpoint.
 */
@Component
@Order(40)
class DemoSharing implements ApplicationRunner {

    static final String FACT = "demo-sharing";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSharing.class);

    private final Installation installation;
    private final Accounts accounts;
    private final ItemManagement items;
    private final DocumentManagement documents;
    private final ProgrammeManagement programmes;
    private final SharingAgreements agreements;
    private final AccessLedger ledger;
    private final JsonMapper json;
    private final boolean enabled;

    DemoSharing(Installation installation, Accounts accounts, ItemManagement items, DocumentManagement documents,
                ProgrammeManagement programmes, SharingAgreements agreements, AccessLedger ledger, JsonMapper json,
                @Value("${jointline.demo:false}") boolean enabled) {
        this.installation = installation;
        this.accounts = accounts;
        this.items = items;
        this.documents = documents;
        this.programmes = programmes;
        this.agreements = agreements;
        this.ledger = ledger;
        this.json = json;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || installation.fact(DemoProgramme.FACT).isEmpty() || installation.fact(FACT).isPresent()) {
            return;
        }
        Actor engineer = actor("engineer.ro");
        Actor steward = actor("steward.ro");
        OrganisationId own = new OrganisationId(engineer.organisationId());
        Item drone = items.byNumber(engineer, "CAS-FPV7", own).orElse(null);
        Item board = items.byNumber(engineer, "CAS-2001", own).orElse(null);
        if (drone == null || board == null) {
            return;
        }
        Document instruction = documents.create(engineer, drone.id(),
                new DocumentDetails("CAS-FPV7-AI", "FPV-7 assembly instruction", DocumentKind.SPECIFICATION));
        documents.addVersion(engineer, instruction.id(), "fpv7-assembly.txt", "text/plain", new ByteArrayInputStream(
                "FPV-7 assembly instruction\n1. Mount the motors (M1-M4), torque 0.6 Nm.\n2. Fit the FC-7 on soft mounts.\n"
                        .getBytes(StandardCharsets.UTF_8)), null);

        ProgrammeId programme = programmes.list(steward, new PageQuery(0, 1, "RO-UA-JDP")).items().getFirst().id();
        Actor partner = actor("engineer.ua");
        Actor ministry = actor("acceptance.ro");
        agreements.grant(steward, new AgreementDraft(programme, "FPV-7 design for the Lviv assembly works",
                new OrganisationId(partner.organisationId()), new Selection(List.of(), List.of(drone.id()), List.of()),
                json.readTree("""
                        {"permission":[
                          {"action":"view","constraint":[{"leftOperand":"dateTime","operator":"lteq","rightOperand":"2028-03-14"}]},
                          {"action":["download","use-for-manufacture"],"duty":["watermark","log"],"constraint":[
                            {"leftOperand":"dateTime","operator":"lteq","rightOperand":"2028-03-14"},
                            {"leftOperand":"purpose","operator":"isAnyOf","rightOperand":["production","repair"]},
                            {"leftOperand":"count","operator":"lteq","rightOperand":20}]}],
                         "prohibition":[{"action":["share-onward","modify"]}]}""")));
        agreements.grant(steward, new AgreementDraft(programme, "Flight controller for acceptance",
                new OrganisationId(ministry.organisationId()), new Selection(List.of(board.id()), List.of(), List.of()),
                json.readTree("{\"permission\":[{\"action\":\"view\"}]}")));

        items.get(partner, drone.id());
        items.get(partner, board.id());
        agreements.decide(partner, KnowHowAction.USE_FOR_MANUFACTURE, drone.id(), null, "production");
        agreements.decide(partner, KnowHowAction.SHARE_ONWARD, drone.id(), null, null);
        try {
            documents.content(partner, instruction.id(), 1, "production");
        } catch (DownloadRefused expected) {
            // no compliance module yet: the cross-border transfer is not cleared, and the ledger says so
        }
        items.get(ministry, board.id());
        agreements.decide(ministry, KnowHowAction.VIEW, drone.id(), null, null);
        ledger.issue(steward, steward.organisationId());
        installation.record(FACT, LocalDate.now().toString());
        LOG.info("Loaded the demo's sharing agreements. Log in as steward.ro to see them and the access ledger.");
    }

    private Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow().actor();
    }
}
