package org.jointline.partners;

import org.jointline.JointlineTest;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages of the partners module: forms, their errors, htmx fragments and languages. */
@JointlineTest
class PartnersPageTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void anInvalidFacilityFormComesBackWithTheErrorsNextToTheFields() throws Exception {
        mvc.perform(post("/facilities").with(as(accounts, "office.ro")).with(csrf())
                        .param("organisationId", carpathian()).param("code", "").param("name", "Plant").param("country", "XX"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("is-invalid"), containsString("Must be an ISO 3166 country code"),
                        containsString("Must not be empty"), containsString("value=\"Plant\""))));
    }

    @Test
    void aValidFacilityIsSavedAndListed() throws Exception {
        mvc.perform(post("/facilities").with(as(accounts, "office.ro")).with(csrf())
                        .param("organisationId", carpathian()).param("code", "CLJ-1").param("name", "Cluj test bench")
                        .param("country", "RO").param("city", "Cluj-Napoca"))
                .andExpect(redirectedUrl("/facilities"))
                .andExpect(flash().attribute("flashKey", "flash.saved"));
        mvc.perform(get("/facilities").param("q", "cluj").with(as(accounts, "office.ro")))
                .andExpect(content().string(containsString("Cluj test bench")));
    }

    @Test
    void aDuplicateCodeIsShownAtTheCodeField() throws Exception {
        mvc.perform(post("/facilities").with(as(accounts, "office.ro")).with(csrf())
                        .param("organisationId", carpathian()).param("code", "BRV-1").param("name", "Again").param("country", "RO"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Is already taken.")));
    }

    @Test
    void addingALineWithHtmxReturnsOnlyTheLinesCard() throws Exception {
        String facility = jdbc.sql("SELECT id FROM partners.facility WHERE code = 'BUC-W'").query(String.class).single();
        mvc.perform(post("/facilities/" + facility + "/lines").header("HX-Request", "true").with(as(accounts, "office.ro")).with(csrf())
                        .param("code", "PACK-1").param("name", "Packing line").param("capacityUnitsPerDay", "250"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"lines\""), containsString("Packing line"),
                        not(containsString("<html")))));
    }

    @Test
    void aLineCapacityThatIsNotANumberIsRefusedWithoutSavingAnything() throws Exception {
        String facility = jdbc.sql("SELECT id FROM partners.facility WHERE code = 'BUC-W'").query(String.class).single();
        mvc.perform(post("/facilities/" + facility + "/lines").header("HX-Request", "true").with(as(accounts, "office.ro")).with(csrf())
                        .param("code", "BAD-1").param("name", "Bad").param("capacityUnitsPerDay", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("values of the wrong kind")));
        assertThat(jdbc.sql("SELECT count(*) FROM partners.production_line WHERE code = 'BAD-1'").query(Long.class).single()).isZero();
    }

    @Test
    void thePagesSpeakUkrainianAndRomanian() throws Exception {
        mvc.perform(get("/facilities").param("lang", "uk").with(as(accounts, "engineer.ua")))
                .andExpect(content().string(containsString("lang=\"uk\"")));
        mvc.perform(get("/facilities").param("lang", "ro").with(as(accounts, "office.ro")))
                .andExpect(content().string(containsString("lang=\"ro\"")));
    }

    @Test
    void listsHaveSearchAndPages() throws Exception {
        mvc.perform(get("/organisations").param("q", "ministry").with(as(accounts, "office.ro")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ministry of Defence of Ukraine"),
                        not(containsString("Valtellina Motori")), containsString("pagination"))));
    }

    @Test
    void aProgrammeOfficeCannotOpenTheNewProgrammeForm() throws Exception {
        mvc.perform(get("/programmes/new").with(as(accounts, "office.ro"))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownRecordIsAReadable404Page() throws Exception {
        mvc.perform(get("/facilities/01900000-0000-7000-8000-000000000000").with(as(accounts, "office.ro")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("or you are not allowed to see it")));
        mvc.perform(get("/facilities/not-an-id").with(as(accounts, "office.ro"))).andExpect(status().isNotFound());
    }

    private String carpathian() {
        return jdbc.sql("SELECT organisation_id FROM partners.person WHERE username = 'office.ro'").query(String.class).single();
    }
}
