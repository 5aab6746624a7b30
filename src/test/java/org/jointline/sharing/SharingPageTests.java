package org.jointline.sharing;

import org.jointline.JointlineTest;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages with the demo's agreements: list, agreement, form (refusals at the field), ledger, CSV, verification. */
@JointlineTest
class SharingPageTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired org.jointline.partners.ProgrammeManagement programmes;

    @Test
    void theStewardSeesTheDemoAgreementsAndTheirPolicy() throws Exception {
        mvc.perform(get("/sharing/agreements").with(as(accounts, "steward.ro"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("FPV-7 design for the Lviv assembly works")))
                .andExpect(content().string(containsString("SA-0001")));
        mvc.perform(get("/sharing/agreements").param("lang", "uk").with(as(accounts, "engineer.ua"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Угоди про обмін")));
    }

    @Test
    void theFormRefusesAnUnknownNumberAndAnEndBeforeTheStartAtTheirFields() throws Exception {
        mvc.perform(get("/sharing/agreements/new").with(as(accounts, "steward.ro"))).andExpect(status().isOk());
        mvc.perform(post("/sharing/agreements").with(as(accounts, "steward.ro")).with(csrf())
                        .param("title", "Bad").param("items", "NO-SUCH-PART").param("permitted", "view"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("NO-SUCH-PART")));
        mvc.perform(post("/sharing/agreements").with(as(accounts, "steward.ro")).with(csrf())
                        .param("title", "Bad dates").param("items", "CAS-1001").param("programmeId", programme()).param("permitted", "view")
                        .param("validFrom", "2026-12-01").param("validUntil", "2026-11-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("before the start date")));
        mvc.perform(post("/sharing/agreements").with(as(accounts, "steward.ro")).with(csrf())
                        .param("title", "Barometer for evaluation").param("programmeId", programme()).param("items", "CAS-1003").param("permitted", "view", "download")
                        .param("purposes", "evaluation").param("maxDownloads", "3").param("watermark", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/sharing/agreements/*"));
        mvc.perform(get("/sharing/agreements/new").with(as(accounts, "engineer.ro"))).andExpect(status().isForbidden());
    }

    @Test
    void theFormTakesDocumentsAndClassificationsAndARecipientSharesOnwardInItsOwnForm() throws Exception {
        mvc.perform(post("/sharing/agreements").with(as(accounts, "steward.ro")).with(csrf())
                        .param("title", "Unknown document").param("programmeId", programme()).param("documents", "CAS-1003 NO-SUCH-DOC")
                        .param("permitted", "view"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("CAS-1003 NO-SUCH-DOC")));
        mvc.perform(post("/sharing/agreements").with(as(accounts, "steward.ro")).with(csrf())
                        .param("title", "Unknown regime").param("programmeId", programme()).param("classifications", "WASSENAAR ML10")
                        .param("permitted", "view"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("WASSENAAR")));
        String location = mvc.perform(post("/sharing/agreements").with(as(accounts, "steward.ro")).with(csrf())
                        .param("title", "Onward allowed").param("programmeId", programme()).param("items", "CAS-1003")
                        .param("assigneeOrganisationId", accounts.byUsername("steward.ua").orElseThrow().actor().organisationId().toString())
                        .param("permitted", "view", "share-onward").param("classifications", "EU_MILITARY ML10"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as(accounts, "steward.ro"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("EU_MILITARY ML10")));
        mvc.perform(get(location).with(as(accounts, "steward.ua"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"share-onward\"")));
        mvc.perform(get(location + "/onward").with(as(accounts, "steward.ua"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"onward-intro\"")));
        mvc.perform(post(location + "/onward").with(as(accounts, "steward.ua")).with(csrf())
                        .param("title", "Broader").param("items", "CAS-1003").param("permitted", "view", "download")
                        .param("assigneeOrganisationId", accounts.byUsername("acceptance.ro").orElseThrow().actor().organisationId().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("cannot permit more")));
        mvc.perform(post(location + "/onward").with(as(accounts, "steward.ua")).with(csrf())
                        .param("title", "Narrower").param("items", "CAS-1003").param("permitted", "view")
                        .param("assigneeOrganisationId", accounts.byUsername("acceptance.ro").orElseThrow().actor().organisationId().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location + "/onward").with(as(accounts, "engineer.ua"))).andExpect(status().isForbidden());
    }

    private String programme() {
        return programmes.list(accounts.byUsername("steward.ro").orElseThrow().actor(),
                new org.jointline.platform.PageQuery(0, 1, "RO-UA-JDP")).items().getFirst().id().toString();
    }

    @Test
    void theLedgerItsExportAndItsVerification() throws Exception {
        mvc.perform(get("/sharing/ledger").param("q", "CAS-FPV7-AI").param("action", "download").with(as(accounts, "steward.ro")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CAS-FPV7-AI")))
                .andExpect(content().string(containsString("technology-transfer-")));
        mvc.perform(get("/sharing/ledger").param("outcome", "refused").with(as(accounts, "steward.ro"))).andExpect(status().isOk());
        mvc.perform(get("/sharing/ledger.csv").with(as(accounts, "steward.ro"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(content().string(startsWith("sequence,recorded_at")));
        mvc.perform(get("/sharing/verification").with(as(accounts, "steward.ro"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("The chain is intact")));
        mvc.perform(get("/sharing/ledger").with(as(accounts, "engineer.ro"))).andExpect(status().isForbidden());
        mvc.perform(get("/sharing/verification").with(as(accounts, "auditor"))).andExpect(status().isOk());
    }
}
