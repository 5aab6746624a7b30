package org.jointline.partners;

import org.jointline.JointlineTest;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.jointline.TestActors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad input gets a problem document that names the field, and nothing is stored. */
@JointlineTest
class PartnersApiValidationTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    private String carpathian;

    @BeforeEach
    void organisation() {
        carpathian = jdbc.sql("SELECT id FROM partners.organisation WHERE name = 'Carpathian Aero Systems SRL'")
                .query(String.class).single();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON        | {"code": "X1", "name":                                                            | 400 |
            missing field         | {"organisationId":"%s","name":"Plant","country":"RO"}                              | 422 | code
            unknown country code  | {"organisationId":"%s","code":"X1","name":"Plant","country":"XX"}                 | 422 | country
            lower-case country    | {"organisationId":"%s","code":"X1","name":"Plant","country":"ro"}                 | 422 | country
            over-long name        | {"organisationId":"%s","code":"X1","name":"%s","country":"RO"}                    | 422 | name
            wrong type            | {"organisationId":"%s","code":"X1","name":"Plant","country":"RO","version":"two"} | 400 | version
            malformed id          | {"organisationId":"not-a-uuid","code":"X1","name":"Plant","country":"RO"}         | 400 | organisationId
            code with spaces      | {"organisationId":"%s","code":"x 1","name":"Plant","country":"RO"}                | 422 | code
            """)
    void refusesBadFacilityNamingTheField(String label, String body, int status, String field) throws Exception {
        long before = facilities();
        String json = body.contains("%s") ? body.formatted(carpathian, "n".repeat(201)) : body;
        var result = mvc.perform(post("/api/v1/facilities").with(as(accounts, "office.ro"))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        if (field != null) {
            result.andExpect(jsonPath("$.errors[0].field").value(field));
        }
        assertThat(facilities()).isEqualTo(before);
    }

    @Test
    void refusesAProgrammeThatEndsBeforeItStarts() throws Exception {
        mvc.perform(post("/api/v1/programmes").with(as(accounts, "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"BAD-DATES\",\"name\":\"Bad\",\"startsOn\":\"2027-01-01\",\"endsOn\":\"2026-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        assertThat(jdbc.sql("SELECT count(*) FROM partners.programme WHERE code = 'BAD-DATES'").query(Long.class).single()).isZero();
    }

    @Test
    void refusesAStaleVersionWithConflict() throws Exception {
        String facility = jdbc.sql("SELECT id FROM partners.facility WHERE code = 'BUC-W'").query(String.class).single();
        mvc.perform(put("/api/v1/facilities/" + facility).with(as(accounts, "office.ro")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":\"%s\",\"code\":\"BUC-W\",\"name\":\"Renamed\",\"country\":\"RO\",\"version\":99}".formatted(carpathian)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(containsString("stale-version")));
        assertThat(jdbc.sql("SELECT name FROM partners.facility WHERE id = CAST(:id AS UUID)").param("id", facility)
                .query(String.class).single()).isEqualTo("Bucharest logistics hub");
    }

    @Test
    void unauthenticatedCallsGet401ProblemsNotALoginPage() throws Exception {
        mvc.perform(get("/api/v1/programmes"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void forbiddenCallsGet403Problems() throws Exception {
        mvc.perform(post("/api/v1/programmes").with(as(accounts, "engineer.ro")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"NOPE\",\"name\":\"Nope\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void listsArePaginated() throws Exception {
        mvc.perform(get("/api/v1/organisations?size=2&page=1").with(as(accounts, "office.ro")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalItems").value(8))
                .andExpect(jsonPath("$.totalPages").value(4));
    }

    private long facilities() {
        return jdbc.sql("SELECT count(*) FROM partners.facility").query(Long.class).single();
    }
}
