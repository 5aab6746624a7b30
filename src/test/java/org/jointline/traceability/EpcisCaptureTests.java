package org.jointline.traceability;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.jointline.JointlineTest;
import org.jointline.platform.security.Accounts;
import org.jointline.traceability.internal.EpcisRules;
import org.jointline.traceability.internal.EventHash;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointline.TestActors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The EPCIS 2.0 capture and query binding against GS1's own example documents and the openepcis
 * invalid documents, and the bad-input cases of the issue.
 */
@JointlineTest
class EpcisCaptureTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    @TestFactory
    Stream<DynamicTest> everyExampleIsCapturedAndComesBackEqualInContent() {
        EpcisFiles.assumePresent();
        return EpcisFiles.examples().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JsonNode document = json.readTree(EpcisFiles.read(file));
            CaptureJob job = captureAndWait(EpcisFiles.read(file), "rollback", "operator.ro");
            assertThat(job.success()).as("job errors %s", job.errors()).isTrue();
            assertThat(job.captured() + job.duplicates()).isEqualTo(EpcisRules.eventList(document).size());
            for (JsonNode sent : EpcisRules.eventList(document).values()) {
                ObjectNode expected = (ObjectNode) sent.deepCopy();
                String eventId = expected.has("eventID") ? expected.get("eventID").asString()
                        : EventHash.of(expected, EventHash.namespaces(document.get("@context")));
                JsonNode result = query("operator.ro", "/epcis/events?EQ_eventID=" + encode(eventId));
                JsonNode events = result.at("/epcisBody/queryResults/resultsBody/eventList");
                assertThat(events.size()).as("events with id %s", eventId).isEqualTo(1);
                ObjectNode back = (ObjectNode) events.get(0).deepCopy();
                assertThat(back.has("recordTime")).isTrue();
                back.remove("recordTime");
                expected.remove("recordTime");
                expected.put("eventID", eventId);
                if (job.duplicates() == 0) {
                    assertThat(normal(back)).as("event %s of %s", eventId, file.getFileName()).isEqualTo(normal(expected));
                }
                assertThat(EpcisFiles.schemaViolations(result.toString())).as("query result against the schema").isEmpty();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidDocumentIsRefusedNamingTheFault() {
        EpcisFiles.assumePresent();
        return EpcisFiles.invalid().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            long jobsBefore = jobs();
            MvcResult result = mvc.perform(post("/epcis/capture").with(as(accounts, "operator.ro"))
                    .contentType("application/ld+json").content(EpcisFiles.read(file))).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(400);
            JsonNode problem = json.readTree(result.getResponse().getContentAsString());
            assertThat(problem.get("type").asString()).isEqualTo("epcisException:ValidationException");
            assertThat(problem.get("errors").size()).isPositive();
            assertThat(problem.get("errors").get(0).get("field").asString()).isNotBlank();
            assertThat(problem.get("detail").asString()).contains(problem.get("errors").get(0).get("field").asString());
            assertThat(jobs()).as("no capture job started").isEqualTo(jobsBefore);
        }));
    }

    @TestFactory
    Stream<DynamicTest> theRulesAgreeWithGs1sSchema() {
        EpcisFiles.assumePresent();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : EpcisFiles.examples()) {
            tests.add(DynamicTest.dynamicTest("valid " + file.getFileName(), () -> {
                String text = EpcisFiles.read(file);
                assertThat(EpcisFiles.schemaViolations(text)).as("schema").isEmpty();
                assertThat(EpcisRules.document(json.readTree(text))).as("rules").isEmpty();
            }));
        }
        for (Path file : EpcisFiles.invalid()) {
            tests.add(DynamicTest.dynamicTest("invalid " + file.getFileName(), () -> {
                String text = EpcisFiles.read(file);
                assertThat(EpcisRules.document(json.readTree(text))).as("rules").isNotEmpty();
            }));
        }
        return tests.stream();
    }

    @Test
    void theSameDocumentTwiceStoresEachEventOnce() throws Exception {
        String epc = "urn:jointline:serial:" + UUID.randomUUID() + ":1";
        String document = document(event("ADD", epc, "commissioning"), event("OBSERVE", epc, "inspecting"));
        CaptureJob first = captureAndWait(document, null, "operator.ro");
        CaptureJob second = captureAndWait(document, null, "operator.ro");
        assertThat(first.captured()).isEqualTo(2);
        assertThat(second.captured()).isZero();
        assertThat(second.duplicates()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from traceability.event_keys where key = :epc").param("epc", epc)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(query("operator.ro", "/epcis/epcs/" + encode(epc) + "/events")
                .at("/epcisBody/queryResults/resultsBody/eventList").size()).isEqualTo(2);
    }

    @Test
    void aRolledBackCaptureStoresNothingAndProceedStoresTheValidEvents() throws Exception {
        String epc = "urn:jointline:serial:" + UUID.randomUUID() + ":1";
        String document = document(event("ADD", epc, "commissioning"), event("CREATE", epc, "inspecting"),
                event("OBSERVE", epc, "shipping"));
        MvcResult refused = mvc.perform(post("/epcis/capture").with(as(accounts, "operator.ro"))
                .contentType(MediaType.APPLICATION_JSON).content(document)).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = json.readTree(refused.getResponse().getContentAsString());
        assertThat(problem.get("errors").get(0).get("eventIndex").asInt()).isEqualTo(1);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("/epcisBody/eventList/1/action");
        assertThat(storedAbout(epc)).isZero();

        CaptureJob proceeded = captureAndWait(document, "proceed", "operator.ro");
        assertThat(proceeded.success()).isFalse();
        assertThat(proceeded.captured()).isEqualTo(2);
        assertThat(proceeded.errors()).extracting(Violation::eventIndex).containsExactly(1);
        assertThat(storedAbout(epc)).isEqualTo(2);
    }

    @Test
    void badInputGetsTheProblemTheStandardNames() throws Exception {
        MvcResult noContext = mvc.perform(post("/epcis/capture").with(as(accounts, "operator.ro"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-07-22T10:30:00Z",
                         "epcisBody":{"eventList":[]}}""")).andReturn();
        assertThat(noContext.getResponse().getStatus()).isEqualTo(400);
        assertThat(noContext.getResponse().getContentAsString()).contains("ValidationException", "/@context");

        MvcResult malformed = mvc.perform(post("/epcis/capture").with(as(accounts, "operator.ro"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"type\": ")).andReturn();
        assertThat(malformed.getResponse().getStatus()).isEqualTo(400);

        MvcResult unknown = mvc.perform(get("/epcis/events?EQ_colour=red").with(as(accounts, "operator.ro"))).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(json.readTree(unknown.getResponse().getContentAsString()).get("type").asString())
                .isEqualTo("epcisException:QueryParameterException");
        assertThat(unknown.getResponse().getContentAsString()).contains("EQ_colour");

        MvcResult badTime = mvc.perform(get("/epcis/events?GE_eventTime=22-07-2026").with(as(accounts, "operator.ro"))).andReturn();
        assertThat(badTime.getResponse().getStatus()).isEqualTo(400);
        assertThat(badTime.getResponse().getContentAsString()).contains("QueryParameterException", "GE_eventTime");

        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 10_001; i++) {
            many.append(i == 0 ? "" : ",").append(event("OBSERVE", "urn:x:" + i, "inspecting"));
        }
        long jobsBefore = jobs();
        MvcResult tooMany = mvc.perform(post("/epcis/capture").with(as(accounts, "operator.ro"))
                .contentType(MediaType.APPLICATION_JSON).content(document(many.toString()))).andReturn();
        assertThat(tooMany.getResponse().getStatus()).isEqualTo(413);
        assertThat(tooMany.getResponse().getContentAsString()).contains("CaptureLimitExceededException");
        assertThat(jobs()).isEqualTo(jobsBefore);
    }

    @Test
    void captureAdvertisesItsLimitsAndEveryAnswerItsVersions() throws Exception {
        MvcResult discovery = mvc.perform(options("/epcis/capture").with(as(accounts, "operator.ro"))).andReturn();
        assertThat(discovery.getResponse().getStatus()).isEqualTo(204);
        assertThat(discovery.getResponse().getHeader("GS1-EPCIS-Capture-Limit")).isEqualTo("10000");
        assertThat(discovery.getResponse().getHeader("GS1-EPCIS-Capture-File-Size-Limit")).isNotBlank();
        MvcResult events = mvc.perform(get("/epcis/events").with(as(accounts, "operator.ro"))).andReturn();
        assertThat(events.getResponse().getHeader("GS1-EPCIS-Version")).isEqualTo("2.0.0");
        assertThat(events.getResponse().getHeader("GS1-CBV-Version")).isEqualTo("2.0.0");
    }

    @Test
    void pagesFollowTheLinkHeaderWithoutRepeatsOrGaps() throws Exception {
        String epc = "urn:jointline:serial:" + UUID.randomUUID() + ":1";
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(event("OBSERVE", epc, "inspecting").replace("06:45:00", "06:45:0" + i));
        }
        captureAndWait(document(events.toArray(String[]::new)), null, "operator.ro");
        Set<String> seen = new HashSet<>();
        String next = "/epcis/events?MATCH_epc=" + encode(epc) + "&perPage=2&orderBy=eventTime&orderDirection=ASC";
        int pages = 0;
        while (next != null) {
            MvcResult result = mvc.perform(get(java.net.URI.create(next)).with(as(accounts, "operator.ro"))).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            for (JsonNode event : json.readTree(result.getResponse().getContentAsString())
                    .at("/epcisBody/queryResults/resultsBody/eventList").values()) {
                assertThat(seen.add(event.get("eventID").asString())).isTrue();
            }
            String link = result.getResponse().getHeader("Link");
            next = link == null ? null : link.substring(1, link.indexOf('>'));
            pages++;
        }
        assertThat(seen).hasSize(5);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void namedQueriesAreSavedAndRun() throws Exception {
        String epc = "urn:jointline:serial:" + UUID.randomUUID() + ":1";
        captureAndWait(document(event("ADD", epc, "commissioning"), event("OBSERVE", epc, "shipping")), null, "operator.ro");
        String name = "shipped-" + UUID.randomUUID().toString().substring(0, 8);
        MvcResult saved = mvc.perform(post("/epcis/queries").with(as(accounts, "operator.ro"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"query\":{\"EQ_bizStep\":[\"shipping\"],\"MATCH_anyEPC\":[\"" + epc + "\"]}}"))
                .andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(201);
        JsonNode result = query("operator.ro", "/epcis/queries/" + name + "/events");
        assertThat(result.at("/epcisBody/queryResults/queryName").asString()).isEqualTo(name);
        assertThat(result.at("/epcisBody/queryResults/resultsBody/eventList").size()).isEqualTo(1);
        MvcResult missing = mvc.perform(get("/epcis/queries/" + name).with(as(accounts, "operator.ua"))).andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anotherOrganisationSeesNoneOfTheEvents() throws Exception {
        String epc = "urn:jointline:serial:" + UUID.randomUUID() + ":1";
        captureAndWait(document(event("ADD", epc, "commissioning")), null, "operator.ro");
        assertThat(query("operator.ua", "/epcis/epcs/" + encode(epc) + "/events")
                .at("/epcisBody/queryResults/resultsBody/eventList").size()).isZero();
        assertThat(query("operator.ro", "/epcis/epcs/" + encode(epc) + "/events")
                .at("/epcisBody/queryResults/resultsBody/eventList").size()).isEqualTo(1);
        MvcResult auditorCapture = mvc.perform(post("/epcis/capture").with(as(accounts, "auditor"))
                .contentType(MediaType.APPLICATION_JSON).content(document(event("ADD", epc, "commissioning")))).andReturn();
        assertThat(auditorCapture.getResponse().getStatus()).isEqualTo(403);
    }

    private CaptureJob captureAndWait(String document, String behaviour, String user) throws Exception {
        var request = post("/epcis/capture").with(as(accounts, user)).contentType("application/ld+json").content(document);
        if (behaviour != null) {
            request.header("GS1-Capture-Error-Behaviour", behaviour);
        }
        MvcResult accepted = mvc.perform(request).andReturn();
        assertThat(accepted.getResponse().getStatus()).as(accepted.getResponse().getContentAsString()).isEqualTo(202);
        String location = accepted.getResponse().getHeader("Location");
        assertThat(location).startsWith("/epcis/capture/");
        for (int i = 0; i < 200; i++) {
            CaptureJob job = json.readValue(mvc.perform(get(location).with(as(accounts, user))).andReturn()
                    .getResponse().getContentAsString(), CaptureJob.class);
            if (!job.running()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("capture job did not finish: " + location);
    }

    private JsonNode query(String user, String path) throws Exception {
        MvcResult result = mvc.perform(get(java.net.URI.create(path)).with(as(accounts, user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString());
    }

    private long jobs() {
        return jdbc.sql("select count(*) from traceability.capture_jobs").query(Long.class).single();
    }

    private long storedAbout(String epc) {
        return jdbc.sql("select count(*) from traceability.event_keys where key = :epc").param("epc", epc)
                .query(Long.class).single();
    }

    static String event(String action, String epc, String bizStep) {
        return """
                {"type":"ObjectEvent","eventTime":"2026-07-22T06:45:00+02:00","eventTimeZoneOffset":"+02:00",
                 "action":"%s","epcList":["%s"],"bizStep":"%s"}""".formatted(action, epc, bizStep);
    }

    static String document(String... events) {
        return """
                {"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-07-22T10:30:00Z",
                 "epcisBody":{"eventList":[%s]}}""".formatted(String.join(",", events));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** JSON as plain Java values with numbers compared by value (jsonb writes 1.0E+1 as 10). */
    private static Object normal(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new TreeMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), normal(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.values().forEach(v -> list.add(normal(v)));
            return list;
        }
        if (node.isNumber()) {
            return new BigDecimal(node.asString()).stripTrailingZeros().toPlainString();
        }
        return node.isNull() ? "null" : node.asString();
    }
}
