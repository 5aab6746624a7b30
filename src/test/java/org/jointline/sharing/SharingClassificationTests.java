package org.jointline.sharing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jointline.JointlineTest;
import org.jointline.compliance.ClassificationDetails;
import org.jointline.compliance.ClassificationEntry;
import org.jointline.compliance.Classifications;
import org.jointline.compliance.Regime;
import org.jointline.engineering.Document;
import org.jointline.engineering.DocumentDetails;
import org.jointline.engineering.DocumentKind;
import org.jointline.engineering.DocumentManagement;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProgrammeId;
import org.jointline.partners.ProgrammeManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/** An agreement selecting by classification shares exactly what is classified so, while it is. */
@JointlineTest
class SharingClassificationTests {

    @Autowired Accounts accounts;
    @Autowired ItemManagement items;
    @Autowired DocumentManagement documents;
    @Autowired SharingAgreements agreements;
    @Autowired Classifications classifications;
    @Autowired ProgrammeManagement programmes;
    @Autowired JsonMapper json;

    Actor engineer;
    Actor steward;
    Actor officer;
    Actor partner;
    ProgrammeId programme;
    String tag;

    @BeforeEach
    void actors() {
        engineer = actor("engineer.ro");
        steward = actor("steward.ro");
        officer = actor("compliance.ro");
        partner = actor("engineer.ua");
        programme = programmes.list(steward, new PageQuery(0, 10, "RO-UA")).items().getFirst().id();
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @Test
    void aPartnerSeesExactlyWhatIsClassifiedSoAndLosesItWhenTheClassificationIsWithdrawn() {
        Item classified = item("CL1");
        Item within = item("CL2");
        Item other = item("CL3");
        Item plain = item("CL4");
        Document drawing = document(plain);
        classifications.classify(officer, classified.id(), new ClassificationDetails(Regime.EU_MILITARY, "ML10", "airframe"));
        classifications.classify(officer, within.id(), new ClassificationDetails(Regime.EU_MILITARY, "ML10.a", "airframe part"));
        classifications.classify(officer, other.id(), new ClassificationDetails(Regime.EU_MILITARY, "ML4", "munition"));
        ClassificationEntry docEntry = classifications.classify(officer, drawing.id(),
                new ClassificationDetails(Regime.EU_MILITARY, "ML10", "technology"));

        Agreement agreement = agreements.grant(steward, new AgreementDraft(programme, "By class " + tag,
                new OrganisationId(partner.organisationId()),
                new Selection(List.of(), List.of(), List.of(), List.of(new ClassificationRef("eu-military", "ml10"))),
                json.readTree("{\"permission\":[{\"action\":\"view\"}]}")));
        assertThat(agreement.selection().classifications()).containsExactly(new ClassificationRef("EU_MILITARY", "ML10"));

        assertThat(items.list(partner, new PageQuery(0, 20, tag), null).items()).extracting(Item::number)
                .containsExactlyInAnyOrder(classified.number(), within.number());
        assertThat(items.get(partner, within.id()).id()).isEqualTo(within.id());
        assertThatThrownBy(() -> items.get(partner, other.id())).isInstanceOf(NotFound.class);
        assertThat(documents.get(partner, drawing.id()).id()).isEqualTo(drawing.id());

        classifications.withdraw(officer, docEntry.id(), "re-assessed");
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThatThrownBy(() -> documents.get(partner, drawing.id())).isInstanceOf(NotFound.class));
        assertThat(items.get(partner, classified.id()).id()).isEqualTo(classified.id());
    }

    @Test
    void anUnknownRegimeOrCodeIsRefusedWithTheFieldNamed() {
        InvalidInput regime = catchThrowableOfType(InvalidInput.class, () -> agreements.grant(steward, draft(
                new ClassificationRef("EU_DUAL_USE", "9E001"), new ClassificationRef("WASSENAAR", "ML10"))));
        assertThat(regime.field()).isEqualTo("selection.classifications[1].regime");
        assertThat(regime.messageKey()).isEqualTo("sharing.unknown-regime");
        InvalidInput code = catchThrowableOfType(InvalidInput.class, () -> agreements.grant(steward, draft(
                new ClassificationRef("EU_MILITARY", "ML99"))));
        assertThat(code.field()).isEqualTo("selection.classifications[0].code");
        assertThat(code.messageKey()).isEqualTo("sharing.unknown-code");
    }

    private AgreementDraft draft(ClassificationRef... refs) {
        return new AgreementDraft(programme, "Bad " + tag, new OrganisationId(partner.organisationId()),
                new Selection(List.of(), List.of(), List.of(), List.of(refs)), json.readTree("{\"permission\":[{\"action\":\"view\"}]}"));
    }

    private Item item(String suffix) {
        return items.create(engineer, new ItemDetails(new OrganisationId(engineer.organisationId()), "SC-" + tag + "-" + suffix,
                "Classified test " + suffix, null, ItemKind.PART, UnitOfMeasure.EA, Tracking.NONE, null, null, List.of(), null));
    }

    private Document document(Item item) {
        Document document = documents.create(engineer, item.id(), new DocumentDetails("SCD-" + tag, "Drawing", DocumentKind.OTHER));
        documents.addVersion(engineer, document.id(), "drawing.txt", "text/plain",
                new ByteArrayInputStream("wing spar\n".getBytes(StandardCharsets.UTF_8)), null);
        return document;
    }

    private Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow().actor();
    }
}
