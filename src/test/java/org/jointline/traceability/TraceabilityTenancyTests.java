package org.jointline.traceability;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jointline.JointlineTest;
import org.jointline.RouteProbe;
import org.jointline.RouteProbe.Route;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointline.TestActors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every route of the traceability module, pages, recall API and EPCIS binding: an operator of another
 * organisation reads none of Carpathian's events, capture jobs or queries, and changes nothing.
 */
@JointlineTest
class TraceabilityTenancyTests {

    /** Routes that name one record of the owner: they must refuse. */
    private static final Set<String> RECORDS = Set.of("/epcis/capture/{id}", "/epcis/events/{eventID}",
            "/epcis/queries/{name}", "/epcis/queries/{name}/events");

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void theRouteListCoversPagesRecallAndTheBinding() {
        assertThat(routes()).extracting(Route::pattern).contains("/epcis/capture", "/epcis/events",
                "/epcis/epcs/{epc}/events", "/epcis/queries/{name}/events", "/traceability/recall", "/api/v1/recall");
    }

    @TestFactory
    Stream<DynamicTest> anotherOrganisationReachesNothing() throws Exception {
        String secret = "urn:jointline:serial:" + UUID.randomUUID() + ":SECRET";
        String name = "secret-" + UUID.randomUUID().toString().substring(0, 8);
        String captureId = ownerData(secret, name);
        long before = events();
        String eventId = jdbc.sql("select k.event::text from traceability.event_keys k where k.key = :k limit 1")
                .param("k", secret).query(String.class).single();
        String storedId = jdbc.sql("select event_id from traceability.events where id = CAST(:id AS UUID)")
                .param("id", eventId).query(String.class).single();
        return Stream.concat(routes().stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
                    String path = route.pattern().replace("{id}", captureId).replace("{eventID}", encode(storedId))
                            .replace("{name}", name).replace("{epc}", encode(secret))
                            .replace("{eventType}", "ObjectEvent").replace("{bizStep}", "commissioning")
                            .replace("{bizLocation}", encode("urn:x")).replace("{readPoint}", encode("urn:x"))
                            .replace("{disposition}", "active");
                    MvcResult result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .request(route.method(), URI.create(path)).with(as(accounts, "operator.ua"))
                            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                            .andReturn();
                    // the query's name is in the outsider's own request; what the query selects is the secret
                    RouteProbe.assertNothingReached(route, result, List.of(secret), RECORDS.contains(route.pattern()));
                })),
                Stream.of(DynamicTest.dynamicTest("nothing of the owner changed", () -> assertThat(events()).isEqualTo(before))));
    }

    @Test
    void theOwnerReachesItsOwnRecordsThroughTheSameRoutes() throws Exception {
        String secret = "urn:jointline:serial:" + UUID.randomUUID() + ":OWN";
        String name = "own-" + UUID.randomUUID().toString().substring(0, 8);
        String captureId = ownerData(secret, name);
        assertThat(mvc.perform(get(URI.create("/epcis/capture/" + captureId)).with(as(accounts, "operator.ro")))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get(URI.create("/epcis/queries/" + name + "/events")).with(as(accounts, "operator.ro")))
                .andReturn().getResponse().getContentAsString()).contains(secret);
        assertThat(mvc.perform(get(URI.create("/traceability/events?epc=" + encode(secret))).with(as(accounts, "operator.ro")))
                .andReturn().getResponse().getContentAsString()).contains(secret);
        assertThat(mvc.perform(get(URI.create("/traceability/events?epc=" + encode(secret))).with(as(accounts, "operator.ua")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("id=\"event-table\"").contains("empty-state");
    }

    private String ownerData(String secret, String name) throws Exception {
        MvcResult accepted = mvc.perform(post("/epcis/capture").with(as(accounts, "operator.ro"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(EpcisCaptureTests.document(EpcisCaptureTests.event("ADD", secret, "commissioning")))).andReturn();
        assertThat(accepted.getResponse().getStatus()).isEqualTo(202);
        String location = accepted.getResponse().getHeader("Location");
        for (int i = 0; i < 200 && jdbc.sql("select count(*) from traceability.event_keys where key = :k").param("k", secret)
                .query(Long.class).single() == 0; i++) {
            Thread.sleep(50);
        }
        mvc.perform(post("/epcis/queries").with(as(accounts, "operator.ro")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"query\":{\"MATCH_anyEPC\":[\"" + secret + "\"]}}")).andReturn();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private long events() {
        return jdbc.sql("select (select count(*) from traceability.events) + (select count(*) from traceability.named_queries)")
                .query(Long.class).single();
    }

    private List<Route> routes() {
        return RouteProbe.routes(mappings, "org.jointline.traceability");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
