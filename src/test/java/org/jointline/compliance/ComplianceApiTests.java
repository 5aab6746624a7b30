package org.jointline.compliance;

import java.util.List;
import java.util.Map;
import org.jointline.JointlineTest;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/v1/compliance/assessments} as the issue specifies it, and bad input named in problem documents. */
@JointlineTest
class ComplianceApiTests {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Accounts accounts;
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
    void assessesAShipmentAndAnswersTheDecisionWithReasons() throws Exception {
        ItemId drone = f.item("Long-range UAV", Regime.EU_DUAL_USE, "9A012");
        Authorisation licence = f.individual(drone, "100", "1000000");
        String body = json.writeValueAsString(Map.of("origin", f.brasov(), "consignee", f.ukrainianMod(),
                "kind", "goods", "reference", "SHP-API-1",
                "lines", List.of(Map.of("item", drone, "quantity", 4, "value", 20000))));
        mvc.perform(post("/api/v1/compliance/assessments").with(as(accounts, "buyer.ro")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("CLEARED"))
                .andExpect(jsonPath("$.kind").value("GOODS"))
                .andExpect(jsonPath("$.lines[0].authorisation.reference").value(licence.reference()))
                .andExpect(jsonPath("$.lines[0].reasons[*].rule").value(org.hamcrest.Matchers.hasItem("licence-covers")))
                .andExpect(jsonPath("$.lines[0].reasons[0].message").isNotEmpty());
        mvc.perform(get("/api/v1/compliance/authorisations/" + licence.id() + "/drawdowns").with(as(accounts, "compliance.ro")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].quantity").value(4));
    }

    @Test
    void anUnknownItemOrCountryIsNamedInTheProblem() throws Exception {
        String unknownItem = json.writeValueAsString(Map.of("origin", f.brasov(), "consignee", f.ukrainianMod(),
                "kind", "goods", "lines", List.of(Map.of("item", "01900000-0000-7000-8000-0000000000aa", "quantity", 1, "value", 1))));
        mvc.perform(post("/api/v1/compliance/assessments").with(as(accounts, "buyer.ro")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(unknownItem))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].item"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("01900000-0000-7000-8000-0000000000aa")));
        ItemId part = f.item("Propeller", Regime.NOT_CONTROLLED, "NLR");
        String unknownCountry = json.writeValueAsString(Map.of("origin", f.brasov(), "consignee", f.ukrainianMod(),
                "destinationCountry", "ZZ", "kind", "technology", "lines", List.of(Map.of("item", part))));
        mvc.perform(post("/api/v1/compliance/assessments").with(as(accounts, "buyer.ro")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(unknownCountry))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("destinationCountry"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("ZZ")));
    }

    @Test
    void anAuthorisationWithANegativeCeilingOrEndBeforeStartIsRefusedNamingTheField() throws Exception {
        ItemId drone = f.item("Long-range UAV", Regime.EU_DUAL_USE, "9A012");
        Map<String, Object> base = new java.util.HashMap<>(Map.of("reference", "IL-NEG-1", "type", "INDIVIDUAL",
                "issuingAuthority", "ANCEX", "issuingCountry", "RO", "holder", f.carpathian(), "items", List.of(drone),
                "destinations", List.of("UA"), "validFrom", "2026-01-01"));
        base.put("quantityCeiling", -5);
        mvc.perform(post("/api/v1/compliance/authorisations").with(as(accounts, "compliance.ro")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(base)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("quantityCeiling"));
        base.put("quantityCeiling", 5);
        base.put("validTo", "2025-12-31");
        mvc.perform(post("/api/v1/compliance/authorisations").with(as(accounts, "compliance.ro")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(base)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("validTo"));
    }

    @Test
    void anotherOrganisationCannotAssessFromAFacilityItDoesNotRun() throws Exception {
        ItemId part = f.item("Propeller", Regime.NOT_CONTROLLED, "NLR");
        String body = json.writeValueAsString(Map.of("origin", f.brasov(), "consignee", f.ukrainianMod(),
                "kind", "GOODS", "lines", List.of(Map.of("item", part, "quantity", 1, "value", 1))));
        mvc.perform(post("/api/v1/compliance/assessments").with(as(accounts, "engineer.ua")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
    }
}
