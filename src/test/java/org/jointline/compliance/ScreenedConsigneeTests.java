package org.jointline.compliance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jointline.JointlineTest;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationDetails;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.security.Accounts;
import org.jointline.screening.HitDecision;
import org.jointline.screening.ListFile;
import org.jointline.screening.PartyScreening;
import org.jointline.screening.ScreeningLists;
import org.jointline.screening.ScreeningManagement;
import org.jointline.screening.ScreeningState;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The screening module's answer in the decision: a held consignee holds the transfer, a confirmed match blocks it. */
@JointlineTest
class ScreenedConsigneeTests {

    static final Path UN = Path.of("../shared/data/sanctions/un-consolidated.xml");

    @Autowired TransferAssessments assessments;
    @Autowired ScreeningLists lists;
    @Autowired ScreeningManagement screening;
    @Autowired PartyScreening parties;
    @Autowired Accounts accounts;
    @Autowired ItemManagement items;
    @Autowired OrganisationManagement organisations;
    @Autowired FacilityManagement facilities;
    @Autowired Classifications classifications;
    @Autowired Authorisations authorisations;

    @Test
    void aConsigneeHeldByScreeningHoldsTheTransferAndAConfirmedMatchBlocksIt() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(UN), UN + " is absent: the screened-consignee test is skipped");
        ComplianceFixture f = new ComplianceFixture(accounts, items, organisations, facilities, classifications, authorisations);
        Actor admin = accounts.byUsername("admin").orElseThrow().actor();
        lists.importFiles(admin, List.of(new ListFile("un-consolidated.xml", Files.readAllBytes(UN))));
        Organisation listed = organisations.choices(admin).stream().filter(o -> o.name().equals("Machanga Ltd"))
                .findFirst().orElseGet(() -> organisations.register(admin, new OrganisationDetails("Machanga Ltd",
                        OrganisationKind.CUSTOMER, "UG", "Kampala", null, null)));
        await().atMost(Duration.ofSeconds(30)).until(() -> parties.state(listed.id()).state() != ScreeningState.CLEAR);
        Assumptions.assumeTrue(parties.state(listed.id()).state() == ScreeningState.HELD,
                "Machanga Ltd was already decided by another test in this JVM");

        ItemId propeller = f.item("Propeller", Regime.NOT_CONTROLLED, "NLR");
        Assessment held = assessments.assess(f.engineer(), f.goods(listed.id(), null, propeller, "10", "30"));
        assertThat(held.outcome()).isEqualTo(Outcome.HELD);
        assertThat(held.lines().getFirst().reasons()).anyMatch(r -> r.rule().equals("party-screening")
                && r.message().contains("Machanga Ltd"));

        parties.state(listed.id()).hits().forEach(h -> screening.confirm(admin, h.id(), new HitDecision("Same airline, same address")));
        Assessment blocked = assessments.assess(f.engineer(), f.goods(listed.id(), null, propeller, "10", "30"));
        assertThat(blocked.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(blocked.lines().getFirst().reasons()).extracting(Reason::rule).contains("party-sanctioned");
    }
}
