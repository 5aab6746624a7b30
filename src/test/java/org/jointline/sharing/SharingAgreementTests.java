package org.jointline.sharing;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jointline.JointlineTest;
import org.jointline.engineering.BomLineDetails;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.BomRevision;
import org.jointline.engineering.Document;
import org.jointline.engineering.DocumentDetails;
import org.jointline.engineering.DocumentKind;
import org.jointline.engineering.DocumentManagement;
import org.jointline.engineering.DownloadRefused;
import org.jointline.engineering.Explosion;
import org.jointline.engineering.ExplosionRow;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.KnowHowAction;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProgrammeId;
import org.jointline.partners.ProgrammeManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.jointline.sharing.internal.DecisionPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.jointline.partners.PeopleManagement;
import org.jointline.partners.Person;
import org.jointline.partners.PersonDetails;
import org.jointline.platform.Role;
import org.jointline.screening.ListFile;
import org.jointline.screening.PartyScreening;
import org.jointline.screening.ScreeningLists;
import org.jointline.screening.ScreeningState;
import org.jointline.compliance.Assessment;
import org.jointline.compliance.AssessmentId;
import org.jointline.compliance.Outcome;
import org.jointline.compliance.ReviewDecision;
import org.jointline.compliance.TransferAssessments;
import org.jointline.compliance.TransferKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jointline.TestActors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cases, each leaving ledger entries: nothing before an agreement, exactly the granted set after,
 * nothing after revocation or expiry, no more downloads than allowed, watermarked downloads, a prohibition
 * beating a permission, and a cross-border download held back as a technology transfer.
 */
@JointlineTest
class SharingAgreementTests {

    @Autowired Accounts accounts;
    @Autowired ItemManagement items;
    @Autowired BomManagement boms;
    @Autowired DocumentManagement documents;
    @Autowired SharingAgreements agreements;
    @Autowired AccessLedger ledger;
    @Autowired ProgrammeManagement programmes;
    @Autowired DecisionPoint decisionPoint;
    @Autowired TransferAssessments transfers;
    @Autowired org.jointline.compliance.AssessmentQueue queue;
    @Autowired ScreeningLists lists;
    @Autowired PartyScreening parties;
    @Autowired PeopleManagement people;
    @Autowired JsonMapper json;
    @Autowired MockMvc mvc;

    Actor engineer;
    Actor steward;
    Actor partner;
    Actor customer;
    ProgrammeId programme;
    String tag;

    @BeforeEach
    void actors() {
        engineer = actor("engineer.ro");
        steward = actor("steward.ro");
        partner = actor("engineer.ua");
        customer = actor("acceptance.ro");
        programme = programmes.list(steward, new PageQuery(0, 10, "RO-UA")).items().getFirst().id();
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @AfterEach
    void realClock() {
        decisionPoint.useClock(Clock.systemUTC());
    }

    @Test
    void aPartnerSeesNothingBeforeAnAgreementThenExactlyTheGrantedSetThenNothingAfterRevocation() {
        Item assembly = item("ASM", ItemKind.ASSEMBLY);
        Item shared = item("P1", ItemKind.PART);
        Item secret = item("P2", ItemKind.PART);
        BomRevision revision = boms.startRevision(engineer, assembly.id(), null);
        boms.addLines(engineer, revision.id(), List.of(line(shared.id()), line(secret.id())));

        assertThatThrownBy(() -> items.get(partner, assembly.id())).isInstanceOf(NotFound.class);
        assertThat(items.list(partner, new PageQuery(0, 20, tag), null).items()).isEmpty();

        Agreement agreement = agreements.grant(steward, draft(null, List.of(assembly.id(), shared.id()), List.of(),
                "{\"permission\":[{\"action\":[\"view\"]}]}"));
        assertThat(agreement.reference()).startsWith("SA-");
        assertThat(agreement.sharedItems()).isEqualTo(2);

        assertThat(items.get(partner, assembly.id()).number()).isEqualTo(assembly.number());
        assertThat(items.list(partner, new PageQuery(0, 20, tag), null).items()).extracting(Item::number)
                .containsExactlyInAnyOrder(assembly.number(), shared.number());
        assertThatThrownBy(() -> items.get(partner, secret.id())).isInstanceOf(NotFound.class);
        Explosion explosion = boms.explode(partner, assembly.id(), null, null, null);
        assertThat(explosion.hiddenLines()).isEqualTo(1);
        assertThat(explosion.rows()).filteredOn(r -> !r.hidden()).extracting(ExplosionRow::number)
                .containsExactly(assembly.number(), shared.number());
        assertThat(boms.lines(partner, revision.id())).extracting(l -> l.componentNumber()).containsExactly(shared.number());

        agreements.revoke(steward, agreement.id(), new Revocation("Programme phase ended"));
        assertThatThrownBy(() -> items.get(partner, assembly.id())).isInstanceOf(NotFound.class);
        assertThat(items.list(partner, new PageQuery(0, 20, tag), null).items()).isEmpty();

        List<LedgerEntry> entries = entriesAbout(tag);
        assertThat(entries).extracting(e -> e.action() + " " + e.targetLabel() + " " + e.outcome()).contains(
                "view " + assembly.number() + " refused", "view " + assembly.number() + " granted",
                "view " + secret.number() + " refused");
        assertThat(ledger.entries(steward, LedgerQuery.all(), new PageQuery(0, 200, agreement.reference())).items())
                .extracting(LedgerEntry::action).contains("grant", "revoke");
        assertThat(entries).filteredOn(e -> e.outcome().equals("refused")).allSatisfy(e -> assertThat(e.reasons()).isNotEmpty());
    }

    @Test
    void aSubtreeSharesTheAssemblyAndEveryComponentOfTheOwnerBelowIt() {
        Item assembly = item("TOP", ItemKind.ASSEMBLY);
        Item part = item("LEAF", ItemKind.PART);
        BomRevision revision = boms.startRevision(engineer, assembly.id(), null);
        boms.addLines(engineer, revision.id(), List.of(line(part.id())));
        agreements.grant(steward, new AgreementDraft(programme, "Subtree " + tag, new OrganisationId(partner.organisationId()),
                new Selection(List.of(), List.of(assembly.id()), List.of()), json.readTree("{\"permission\":[{\"action\":\"view\"}]}")));
        assertThat(items.get(partner, part.id()).id()).isEqualTo(part.id());
        assertThat(boms.explode(partner, assembly.id(), null, null, null).hiddenLines()).isZero();
    }

    @Test
    void accessEndsAtExpiry() {
        Item part = item("EXP", ItemKind.PART);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        agreements.grant(steward, draft(null, List.of(part.id()), List.of(), """
                {"permission":[{"action":["view"],"constraint":[{"leftOperand":"dateTime","operator":"lteq","rightOperand":"%s"}]}]}"""
                .formatted(today)));
        assertThat(items.get(partner, part.id()).id()).isEqualTo(part.id());

        decisionPoint.useClock(Clock.fixed(today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        assertThatThrownBy(() -> items.get(partner, part.id())).isInstanceOf(NotFound.class);
        assertThat(items.list(partner, new PageQuery(0, 20, tag), null).items()).isEmpty();
        assertThat(entriesAbout(tag)).filteredOn(e -> e.outcome().equals("refused"))
                .anySatisfy(e -> assertThat(e.reasons()).anyMatch(r -> r.startsWith("expired:")));
    }

    @Test
    void downloadsAreWatermarkedAndCountedUpToTheLimit() throws Exception {
        Item part = item("DOC", ItemKind.PART);
        Document document = textDocument(part);
        agreements.grant(steward, draft(new OrganisationId(customer.organisationId()), List.of(part.id()), List.of(), """
                {"permission":[{"action":"view"},{"action":"download","duty":["watermark"],"constraint":[
                   {"leftOperand":"count","operator":"lteq","rightOperand":2},
                   {"leftOperand":"purpose","operator":"eq","rightOperand":"production"}]}]}"""));
        String url = "/api/v1/documents/" + document.id() + "/versions/1/content";

        mvc.perform(get(url).with(as(accounts, "acceptance.ro")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.reasons[0]").value(org.hamcrest.Matchers.startsWith("purpose-not-stated")));
        for (int i = 0; i < 2; i++) {
            mvc.perform(get(url).param("purpose", "production").with(as(accounts, "acceptance.ro")))
                    .andExpect(status().isOk())
                    .andExpect(header().exists("X-Jointline-Watermark"))
                    .andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                            .startsWith("# Downloaded by Col. Dan Ilie (Ministerul Apărării Naționale) at ")
                            .endsWith("torque 12 Nm\n"));
        }
        mvc.perform(get(url).param("purpose", "production").with(as(accounts, "acceptance.ro")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reasons[0]").value(org.hamcrest.Matchers.startsWith("download-limit-reached:")));

        // the owner's own download is recorded but neither counted nor watermarked
        mvc.perform(get(url).with(as(accounts, "engineer.ro"))).andExpect(status().isOk())
                .andExpect(content().string("torque 12 Nm\n"));
        assertThat(entriesAbout(document.number())).filteredOn(e -> e.action().equals("download"))
                .extracting(LedgerEntry::outcome).containsExactlyInAnyOrder("refused", "granted", "granted", "refused", "granted");
    }

    @Test
    void aRecipientHeldBySanctionsScreeningGetsNoDocumentAcrossTheBorder() throws Exception {
        Path un = Path.of("../shared/data/sanctions/un-consolidated.xml");
        assumeTrue(Files.isReadable(un), "skipped: " + un.toAbsolutePath() + " is absent (shared test data)");
        Actor admin = actor("admin");
        lists.importFiles(admin, List.of(new ListFile("un-consolidated.xml", Files.readAllBytes(un))));
        Person listed = people.register(admin, new PersonDetails(new OrganisationId(partner.organisationId()),
                "listed." + tag.toLowerCase(), "Eric Badege", null, Set.of(Role.ENGINEER), true, null, 0));
        await().atMost(Duration.ofSeconds(20)).until(() -> parties.state(listed.id()).state() == ScreeningState.HELD);
        Actor recipient = new Actor(listed.id().value(), listed.username(), listed.displayName(),
                partner.organisationId(), Set.of(Role.ENGINEER));
        Item part = item("SX", ItemKind.PART);
        Document document = textDocument(part);
        agreements.grant(steward, draft(null, List.of(part.id()), List.of(), "{\"permission\":[{\"action\":[\"view\",\"download\"]}]}"));

        DownloadRefused refused = catchThrowableOfType(DownloadRefused.class,
                () -> documents.content(recipient, document.id(), 1, null));
        assertThat(refused.reasons()).containsExactly("technology-transfer-recipient-held");
    }

    @Test
    void aDownloadAcrossABorderIsATechnologyTransferThatComplianceMustClear() {
        Item part = item("TT", ItemKind.PART);
        Document document = textDocument(part);
        agreements.grant(steward, draft(null, List.of(part.id()), List.of(), "{\"permission\":[{\"action\":[\"view\",\"download\"]}]}"));
        assertThat(documents.get(partner, document.id()).number()).isEqualTo(document.number());
        DownloadRefused refused = catchThrowableOfType(DownloadRefused.class,
                () -> documents.content(partner, document.id(), 1, null));
        assertThat(refused.reasons()).singleElement().asString().startsWith("technology-transfer-held:");
        AssessmentId id = AssessmentId.of(refused.reasons().getFirst().substring("technology-transfer-held:".length()));
        Assessment assessment = transfers.get(actor("compliance.ro"), id);
        assertThat(assessment.kind()).isEqualTo(TransferKind.TECHNOLOGY);
        assertThat(assessment.outcome()).isEqualTo(Outcome.HELD);
        assertThat(assessment.reference()).contains(document.number());
    }

    @Test
    void aTransferTheOfficerReleasedIsReusedForLaterDownloadsOfThatVersionByThatOrganisation() {
        Item part = item("RU", ItemKind.PART);
        Document document = textDocument(part);
        agreements.grant(steward, draft(null, List.of(part.id()), List.of(), "{\"permission\":[{\"action\":[\"view\",\"download\"]}]}"));
        DownloadRefused refused = catchThrowableOfType(DownloadRefused.class, () -> documents.content(partner, document.id(), 1, null));
        AssessmentId held = AssessmentId.of(refused.reasons().getFirst().substring("technology-transfer-held:".length()));

        queue.release(actor("compliance.ro"), held, new ReviewDecision("Licensed under the programme's general authorisation"));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(documents.content(partner, document.id(), 1, null).version().number()).isEqualTo(1));
        assertThat(documents.content(partner, document.id(), 1, null).version().number()).isEqualTo(1);

        // a new version is a new transfer: held again
        documents.addVersion(engineer, document.id(), "instruction.txt", "text/plain",
                new ByteArrayInputStream("torque 14 Nm\n".getBytes(StandardCharsets.UTF_8)), null);
        assertThat(catchThrowableOfType(DownloadRefused.class, () -> documents.content(partner, document.id(), 2, null)).reasons())
                .singleElement().asString().startsWith("technology-transfer-held:").doesNotContain(held.value().toString());
    }

    @Test
    void aProhibitionBeatsAPermissionOfAnotherAgreement() {
        Item part = item("PRO", ItemKind.PART);
        agreements.grant(steward, draft(null, List.of(part.id()), List.of(), "{\"permission\":[{\"action\":[\"view\",\"use-for-manufacture\"]}]}"));
        assertThat(agreements.decide(partner, KnowHowAction.USE_FOR_MANUFACTURE, part.id(), null, null).permitted()).isTrue();
        agreements.grant(steward, draft(null, List.of(part.id()), List.of(),
                "{\"permission\":[{\"action\":\"view\"}],\"prohibition\":[{\"action\":\"use-for-manufacture\"}]}"));
        var decision = agreements.decide(partner, KnowHowAction.USE_FOR_MANUFACTURE, part.id(), null, null);
        assertThat(decision.permitted()).isFalse();
        assertThat(decision.reasons()).singleElement().asString().startsWith("prohibited:");
        assertThat(agreements.decide(partner, KnowHowAction.MODIFY, part.id(), null, null).reasons())
                .allMatch(r -> r.startsWith("action-not-permitted:"));
    }

    @Test
    void aProgrammeWideAgreementReachesEveryOtherMember() {
        Item part = item("ALL", ItemKind.PART);
        agreements.grant(steward, new AgreementDraft(programme, "All members " + tag, null,
                new Selection(List.of(part.id()), List.of(), List.of()), json.readTree("{\"permission\":[{\"action\":\"view\"}]}")));
        assertThat(items.get(partner, part.id()).id()).isEqualTo(part.id());
        assertThat(items.get(customer, part.id()).id()).isEqualTo(part.id());
    }

    private List<LedgerEntry> entriesAbout(String text) {
        return ledger.entries(steward, LedgerQuery.all(), new PageQuery(0, 200, text)).items();
    }

    private AgreementDraft draft(OrganisationId assignee, List<ItemId> chosen, List<ItemId> subtrees, String policy) {
        return new AgreementDraft(programme, "Test " + tag, assignee == null ? new OrganisationId(partner.organisationId()) : assignee,
                new Selection(chosen, subtrees, List.of()), json.readTree(policy));
    }

    private Item item(String suffix, ItemKind kind) {
        return items.create(engineer, new ItemDetails(new OrganisationId(engineer.organisationId()), "SH-" + tag + "-" + suffix,
                "Shared test " + suffix, null, kind, UnitOfMeasure.EA, Tracking.NONE, null, null, List.of(), null));
    }

    private Document textDocument(Item item) {
        Document document = documents.create(engineer, item.id(), new DocumentDetails("SHD-" + tag, "Assembly instruction", DocumentKind.OTHER));
        documents.addVersion(engineer, document.id(), "instruction.txt", "text/plain",
                new ByteArrayInputStream("torque 12 Nm\n".getBytes(StandardCharsets.UTF_8)), null);
        return document;
    }

    private static BomLineDetails line(ItemId component) {
        return new BomLineDetails(component, BigDecimal.ONE, null, List.of(), null, false, List.of());
    }

    private Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow().actor();
    }
}
