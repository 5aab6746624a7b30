package org.jointline.screening;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jointline.JointlineTest;
import org.jointline.RouteProbe;
import org.jointline.RouteProbe.Route;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationDetails;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.PersonId;
import org.jointline.platform.Actor;
import org.jointline.platform.Ids;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointline.TestActors.as;

/**
 * Every screening route, pages and API: a compliance officer of a programme reaches nothing of a party outside
 * the organisations he shares a programme with (its state, its hits, its decisions), and changes nothing; an
 * engineer reaches no officer's route.
 */
@JointlineTest
class ScreeningTenancyTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired OrganisationManagement organisations;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void theRouteListCoversPagesAndApi() {
        assertThat(routes()).extracting(Route::pattern).contains("/api/v1/screening/matches", "/api/v1/screening/comparisons",
                "/api/v1/screening/lists/imports", "/api/v1/screening/hits/{id}/dismissal", "/screening/hits",
                "/screening/organisations/{id}/state");
    }

    @TestFactory
    Stream<DynamicTest> anOfficerOfAnotherProgrammeReachesNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<Class<?>, Object> targets = targets(tag);
        String before = snapshot();
        Set<String> secrets = Set.of("Secret Target " + tag);
        Map<Class<?>, Object> samples = Map.of(HitDecision.class, new HitDecision("Probe"));
        return Stream.concat(Stream.of("compliance.ro", "engineer.ua").flatMap(user -> routes().stream()
                        .map(route -> DynamicTest.dynamicTest(user + " " + route, () -> {
                            var result = mvc.perform(RouteProbe.request(route, targets::get, samples::get, json,
                                    as(accounts, user))).andReturn();
                            if (result.getResponse().getStatus() == 415) {
                                // the probe sends no multipart to a route taking several files: refused before any work
                                assertThat(route.pattern()).isEqualTo("/api/v1/screening/lists/imports");
                                return;
                            }
                            boolean officerOnly = route.pattern().contains("/hits") || route.pattern().contains("/lists")
                                    || route.pattern().contains("/matches") || route.pattern().contains("/comparisons")
                                    || route.pattern().endsWith("/parties") || route.pattern().contains("/imports");
                            RouteProbe.assertNothingReached(route, result, secrets,
                                    route.targetsARecord() || (officerOnly && user.equals("engineer.ua")));
                        }))),
                Stream.of(DynamicTest.dynamicTest("nothing of the party changed", () -> assertThat(snapshot()).isEqualTo(before))));
    }

    /** A party outside every programme, held on a test entry. */
    private Map<Class<?>, Object> targets(String tag) {
        Actor admin = accounts.byUsername("admin").orElseThrow().actor();
        Organisation party = organisations.register(admin, new OrganisationDetails("Secret Target " + tag,
                OrganisationKind.SUPPLIER, "PL", null, null, null));
        // the registration's own screening runs after commit; the test hit goes in after it
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM screening.party WHERE party_id = ?").param(party.id().value()).query(Long.class).single() == 1);
        UUID entry = Ids.next();
        UUID hit = Ids.next();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT INTO screening.entry (id, list, reference, kind, name, detail, content_hash, version, changed_at)
                VALUES (?, 'TEST', ?, 'ORGANISATION', ?, '{}'::jsonb, 'h', 1, ?)""").params(entry, tag, "Secret Target " + tag, now).update();
        jdbc.sql("""
                INSERT INTO screening.party (party_id, kind, organisation_id, name, country, state, screened_at)
                VALUES (?, 'ORGANISATION', ?, ?, 'PL', 'HELD', ?)
                ON CONFLICT (party_id) DO UPDATE SET state = 'HELD'""")
                .params(party.id().value(), party.id().value(), "Secret Target " + tag, now).update();
        jdbc.sql("""
                INSERT INTO screening.hit (id, party_id, entry_id, matched_name, score, explanation, status, entry_hash, found_at)
                VALUES (?, ?, ?, ?, 0.99, 'test', 'OPEN', 'h', ?)""")
                .params(hit, party.id().value(), entry, "Secret Target " + tag, now).update();
        Map<Class<?>, Object> targets = new HashMap<>();
        targets.put(OrganisationId.class, party.id());
        targets.put(PersonId.class, new PersonId(UUID.randomUUID()));
        targets.put(UUID.class, hit);
        targets.put(String.class, "dismissal");
        return targets;
    }

    private java.util.List<Route> routes() {
        return RouteProbe.routes(mappings, "org.jointline.screening");
    }

    private String snapshot() {
        return jdbc.sql("SELECT coalesce(string_agg(h.id || h.status || coalesce(h.reason, ''), ',' ORDER BY h.id), '') "
                + "FROM screening.hit h JOIN screening.entry e ON e.id = h.entry_id WHERE e.list = 'TEST'").query(String.class).single()
                + jdbc.sql("SELECT count(*) FROM screening.list_import").query(Long.class).single();
    }
}
