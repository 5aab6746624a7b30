package org.jointline.sharing;

import java.util.UUID;
import org.jointline.JointlineTest;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.OrganisationDetails;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.ProgrammeManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The agreement API: bad input refused with a message naming the place; a good agreement granted, read and revoked. */
@JointlineTest
class SharingApiTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ItemManagement items;
    @Autowired ProgrammeManagement programmes;
    @Autowired OrganisationManagement organisations;

    String programme;
    String partner;
    String item;

    @BeforeEach
    void fixture() {
        Actor engineer = accounts.byUsername("engineer.ro").orElseThrow().actor();
        Actor steward = accounts.byUsername("steward.ro").orElseThrow().actor();
        programme = programmes.list(steward, new PageQuery(0, 1, "RO-UA-JDP")).items().getFirst().id().toString();
        partner = accounts.byUsername("engineer.ua").orElseThrow().actor().organisationId().toString();
        Item created = items.create(engineer, new ItemDetails(new OrganisationId(engineer.organisationId()),
                "API-" + UUID.randomUUID().toString().substring(0, 6), "API part", null, ItemKind.PART, UnitOfMeasure.EA,
                Tracking.NONE, null, null, java.util.List.of(), null));
        item = created.id().toString();
    }

    @Test
    void aPolicyWithAnUnknownActionIsRefusedNamingIt() throws Exception {
        grant(partner, "{\"permission\":[{\"action\":[\"view\",\"print\"]}]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("policy.permission[0].action[1]"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("\"print\"")));
    }

    @Test
    void aConstraintOnAnUnknownFieldIsRefusedNamingIt() throws Exception {
        grant(partner, "{\"permission\":[{\"action\":\"view\",\"constraint\":[{\"leftOperand\":\"colour\",\"operator\":\"eq\",\"rightOperand\":\"red\"}]}]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("policy.permission[0].constraint[0].leftOperand"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("\"colour\"")));
    }

    @Test
    void anEndDateBeforeItsStartIsRefusedNamingBoth() throws Exception {
        grant(partner, """
                {"permission":[{"action":"view","constraint":[
                  {"leftOperand":"dateTime","operator":"gteq","rightOperand":"2026-12-01"},
                  {"leftOperand":"dateTime","operator":"lteq","rightOperand":"2026-11-01"}]}]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("policy.permission[0].constraint"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("2026-11-01")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("2026-12-01")));
    }

    @Test
    void aShareToAnOrganisationOutsideTheProgrammeIsRefusedNamingIt() throws Exception {
        Actor office = accounts.byUsername("office.ro").orElseThrow().actor();
        String name = "Outsider " + UUID.randomUUID().toString().substring(0, 6);
        String outsider = organisations.register(office, new OrganisationDetails(name, OrganisationKind.SUPPLIER, "PL",
                "Kraków", null, null)).id().toString();
        grant(outsider, "{\"permission\":[{\"action\":\"view\"}]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("assigneeOrganisationId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(name)));
    }

    @Test
    void anotherOrganisationsItemCannotBeShared() throws Exception {
        mvc.perform(post("/api/v1/sharing/agreements").with(as(accounts, "steward.ua")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(accounts.byUsername("acceptance.ua").orElseThrow()
                                .actor().organisationId().toString(), "{\"permission\":[{\"action\":\"view\"}]}")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("selection.items[0]"));
    }

    @Test
    void onlyADataStewardGrants() throws Exception {
        mvc.perform(post("/api/v1/sharing/agreements").with(as(accounts, "engineer.ro")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(partner, "{\"permission\":[{\"action\":\"view\"}]}")))
                .andExpect(status().isForbidden());
    }

    @Test
    void grantedReadByTheAssigneeAndRevoked() throws Exception {
        String response = grant(partner, "{\"permission\":[{\"action\":\"view\"}]}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.canonicalPolicy").value("{\"permission\":[{\"action\":[\"view\"],\"constraint\":[],\"duty\":[]}],\"prohibition\":[]}"))
                .andReturn().getResponse().getContentAsString();
        String id = response.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/sharing/agreements/" + id).with(as(accounts, "engineer.ua"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/items/" + item).with(as(accounts, "engineer.ua"))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/sharing/agreements/" + id + "/revocation").with(as(accounts, "engineer.ua")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sharing/agreements/" + id + "/revocation").with(as(accounts, "steward.ro")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"done\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"));
        mvc.perform(get("/api/v1/items/" + item).with(as(accounts, "engineer.ua"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/sharing/decisions").with(as(accounts, "engineer.ua")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"view\",\"itemId\":\"" + item + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.permitted").value(false));
        mvc.perform(get("/api/v1/ledger/entries.csv").param("q", "API-").with(as(accounts, "steward.ro")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sequence,recorded_at,kind,actor")))
                .andExpect(content().string(containsString(",refused,")));
    }

    private ResultActions grant(String assignee, String policy) throws Exception {
        return mvc.perform(post("/api/v1/sharing/agreements").with(as(accounts, "steward.ro")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body(assignee, policy)));
    }

    private String body(String assignee, String policy) {
        return """
                {"programmeId":"%s","title":"API test","assigneeOrganisationId":"%s",
                 "selection":{"items":["%s"]},"policy":%s}""".formatted(programme, assignee, item, policy);
    }
}
