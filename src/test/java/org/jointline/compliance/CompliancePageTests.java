package org.jointline.compliance;

import java.util.List;
import org.jointline.JointlineTest;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages: queue, assessment with reasons and the officer's decision, classification card, forms refusing bad input. */
@JointlineTest
class CompliancePageTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired TransferAssessments assessments;
    @Autowired ItemManagement items;
    @Autowired OrganisationManagement organisations;
    @Autowired FacilityManagement facilities;
    @Autowired Classifications classifications;
    @Autowired Authorisations authorisations;

    ComplianceFixture f;

    @BeforeEach
    void fixture() {
        f = new ComplianceFixture(accounts, items, organisations, facilities, classifications, authorisations);
    }

    @Test
    void aHeldTransferWaitsInTheQueueAndIsReleasedWithAReason() throws Exception {
        ItemId part = f.item("Unclassified board", null, null);
        Assessment held = assessments.assess(f.engineer(), f.goods(f.ukrainianMod(), null, part, "2", "10"));
        mvc.perform(get("/compliance/queue").with(as(accounts, "compliance.ro")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/compliance/assessments/" + held.id())));
        mvc.perform(get("/compliance/assessments/" + held.id()).with(as(accounts, "compliance.ro")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("unclassified")))
                .andExpect(content().string(containsString("has no export classification")))
                .andExpect(content().string(containsString("id=\"release\"")));
        mvc.perform(post("/compliance/assessments/" + held.id() + "/release").param("reason", " ")
                        .with(as(accounts, "compliance.ro")).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/compliance/assessments/" + held.id() + "/release").param("reason", "Classified on paper as NLR")
                        .with(as(accounts, "compliance.ro")).with(csrf()))
                .andExpect(redirectedUrl("/compliance/assessments/" + held.id()));
        assertThat(assessments.get(f.officer(), held.id()).outcome()).isEqualTo(Outcome.CLEARED);
    }

    @Test
    void aBuyerSeesTheReasonsButCannotDecide() throws Exception {
        ItemId part = f.item("Unclassified board", null, null);
        Assessment held = assessments.assess(f.engineer(), f.goods(f.ukrainianMod(), null, part, "2", "10"));
        mvc.perform(get("/compliance/assessments/" + held.id()).with(as(accounts, "buyer.ro")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"release\""))));
        mvc.perform(post("/compliance/assessments/" + held.id() + "/release").param("reason", "mine")
                        .with(as(accounts, "buyer.ro")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theClassificationCardLoadsOnTheItemPageAndRefusesAnUnknownCode() throws Exception {
        ItemId item = f.item("Drone", null, null);
        mvc.perform(get("/items/" + item).with(as(accounts, "engineer.ro")))
                .andExpect(content().string(containsString("/compliance/items/" + item + "/classification")));
        mvc.perform(get("/compliance/items/" + item + "/classification").with(as(accounts, "compliance.ro")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"classify\"")));
        mvc.perform(post("/compliance/items/" + item + "/classification").param("regime", "EU_MILITARY")
                        .param("code", "ML99").param("rationale", "guess").header("HX-Request", "true")
                        .with(as(accounts, "compliance.ro")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("ML99 is not on the")));
        mvc.perform(post("/compliance/items/" + item + "/classification").param("regime", "EU_MILITARY")
                        .param("code", "ml10").param("rationale", "Designed for military use").header("HX-Request", "true")
                        .with(as(accounts, "compliance.ro")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ML10")));
        assertThat(classifications.of(f.officer(), item).entries()).extracting(ClassificationEntry::code).containsExactly("ML10");
        mvc.perform(get("/compliance/items/" + item + "/classification").with(as(accounts, "engineer.ro")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"classify\""))));
    }

    @Test
    void theAuthorisationFormRefusesAnEndBeforeItsStartAtTheField() throws Exception {
        mvc.perform(post("/compliance/authorisations").with(as(accounts, "compliance.ro")).with(csrf())
                        .param("reference", "IL-FORM-1").param("type", "INDIVIDUAL").param("issuingAuthority", "ANCEX")
                        .param("issuingCountry", "RO").param("holder", f.carpathian().toString()).param("regime", "EU_DUAL_USE")
                        .param("codes", "9A012").param("destinations", "UA").param("validFrom", "2026-06-01")
                        .param("validTo", "2026-05-01").param("quantityCeiling", "10"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The end must not be before the start")));
        mvc.perform(post("/compliance/authorisations").with(as(accounts, "compliance.ro")).with(csrf())
                        .param("reference", "IL-FORM-2").param("type", "INDIVIDUAL").param("issuingAuthority", "ANCEX")
                        .param("issuingCountry", "RO").param("holder", f.carpathian().toString()).param("regime", "EU_DUAL_USE")
                        .param("codes", "9A012").param("destinations", "UA").param("validFrom", "2026-06-01")
                        .param("quantityCeiling", "-3"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void listsAndRulesPagesRenderAndAWrongFileIsRefusedOnThePage() throws Exception {
        for (String page : List.of("/compliance/authorisations", "/compliance/assessments", "/compliance/control-lists",
                "/compliance/rules", "/compliance/authorisations/new", "/compliance/certificates/new")) {
            mvc.perform(get(page).with(as(accounts, "compliance.ro"))).andExpect(status().isOk());
        }
        mvc.perform(multipart("/compliance/control-lists/imports")
                        .file(new MockMultipartFile("file", "sdn.csv", "text/csv", "1,\"X\",-0-\n".getBytes()))
                        .with(as(accounts, "compliance.ro")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The current list is unchanged")));
    }

    @Test
    void anAdministratorChangesARuleAndTheChangeIsKept() throws Exception {
        mvc.perform(post("/compliance/rules/ear-de-minimis").with(as(accounts, "admin")).with(csrf())
                        .param("enabled", "true").param("_enabled", "on").param("outcome", "BLOCKED")
                        .param("parameter", "25").param("reason", "Confirmed 25 % for EU destinations"))
                .andExpect(redirectedUrl("/compliance/rules"));
        mvc.perform(get("/compliance/rules").with(as(accounts, "auditor")))
                .andExpect(content().string(containsString("Confirmed 25 % for EU destinations")));
        mvc.perform(post("/compliance/rules/ear-de-minimis").with(as(accounts, "compliance.ro")).with(csrf())
                        .param("enabled", "false").param("outcome", "HELD").param("parameter", "25").param("reason", "no"))
                .andExpect(status().isForbidden());
    }
}
