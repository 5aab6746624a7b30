package org.jointline.platform;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jointline.JointlineTest;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.PeopleManagement;
import org.jointline.partners.PersonDetails;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@JointlineTest
class SecurityTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired PeopleManagement people;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    @Test
    void demoUsersLogInWithTheirPassword() throws Exception {
        mvc.perform(formLogin("/login").user("engineer.ua").password("demo")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordReturnsToTheLoginPage() throws Exception {
        mvc.perform(formLogin("/login").user("planner.ro").password("wrong")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void pagesRedirectAnonymousPeopleToTheLoginPage() throws Exception {
        mvc.perform(get("/facilities")).andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/login")));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        String username = "locked." + UUID.randomUUID().toString().substring(0, 8);
        person(username, "right-password-123");
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin("/login").user(username).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(username).password("right-password-123")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "right-password-123"))).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT locked_until IS NOT NULL FROM partners.person WHERE username = :u").param("u", username)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/profile/tokens").with(as(accounts, "office.ro")).param("name", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Referrer-Policy"));
    }

    @Test
    void aPersonalAccessTokenWorksAsBearerAndAsBasicUntilRevoked() throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/me/tokens").with(httpBasic("buyer.ro", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"script\",\"validDays\":7}"))
                .andExpect(status().isCreated()).andReturn();
        JsonNode body = json.readTree(created.getResponse().getContentAsString());
        String secret = body.get("secret").asString();
        String id = body.get("token").get("id").asString();
        assertThat(secret).startsWith("jl_");
        assertThat(jdbc.sql("SELECT count(*) FROM partners.access_token WHERE token_hash = :s").param("s", secret)
                .query(Long.class).single()).as("the secret itself is never stored").isZero();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("buyer.ro"));
        mvc.perform(get("/api/v1/me").with(httpBasic("buyer.ro", secret))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic("planner.ro", secret))).andExpect(status().isUnauthorized());

        mvc.perform(delete("/api/v1/me/tokens/" + id).header("Authorization", "Bearer " + secret))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownBearerTokenIs401() throws Exception {
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer jl_nothing-like-this-exists-here"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    }

    @Test
    void onlyTheOwnersTokensCanBeRevoked() throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/me/tokens").with(as(accounts, "inspector.ro"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"mine\"}"))
                .andExpect(status().isCreated()).andReturn();
        String id = json.readTree(created.getResponse().getContentAsString()).get("token").get("id").asString();
        mvc.perform(delete("/api/v1/me/tokens/" + id).with(as(accounts, "operator.ro"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsMakeAdministrators() throws Exception {
        String carpathian = jdbc.sql("SELECT organisation_id FROM partners.person WHERE username = 'office.ro'").query(String.class).single();
        mvc.perform(post("/api/v1/people").with(as(accounts, "office.ro")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":\"%s\",\"username\":\"wannabe\",\"displayName\":\"W\",\"roles\":[\"ADMINISTRATOR\"],\"enabled\":true}"
                                .formatted(carpathian)))
                .andExpect(status().isForbidden());
        assertThat(accounts.byUsername("wannabe")).isEmpty();
    }

    private void person(String username, String password) {
        UUID organisation = jdbc.sql("SELECT organisation_id FROM partners.person WHERE username = 'office.ro'").query(UUID.class).single();
        Actor admin = new Actor(UUID.randomUUID(), "test", "Test", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));
        people.register(admin, new PersonDetails(new OrganisationId(organisation), username, "Locked Person", null,
                EnumSet.of(Role.PLANNER), true, password, null));
    }
}
