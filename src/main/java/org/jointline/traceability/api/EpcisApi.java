package org.jointline.traceability.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointline.platform.Actor;
import org.jointline.traceability.CaptureJob;
import org.jointline.traceability.EpcisCapture;
import org.jointline.traceability.EpcisQueries;
import org.jointline.traceability.EpcisRefused;
import org.jointline.traceability.NamedQuery;
import org.jointline.traceability.QueryPage;
import org.jointline.traceability.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The GS1 EPCIS 2.0 REST binding (capture, events, epcs, named queries) under {@code /epcis}.
 * Bodies are read as bytes so that size limits and malformed JSON become EPCIS problems.
 */
@RestController
@RequestMapping("/epcis")
class EpcisApi {

    static final String JSON_LD = "application/ld+json";

    private final EpcisCapture capture;
    private final EpcisQueries queries;
    private final JsonMapper json;

    EpcisApi(EpcisCapture capture, EpcisQueries queries, JsonMapper json) {
        this.capture = capture;
        this.queries = queries;
        this.json = json;
    }

    @ModelAttribute
    void versions(HttpServletResponse response) {
        response.setHeader("GS1-EPCIS-Version", "2.0.0");
        response.setHeader("GS1-CBV-Version", "2.0.0");
        response.setHeader("GS1-EPCIS-Min", "2.0.0");
        response.setHeader("GS1-EPCIS-Max", "2.0.0");
    }

    @RequestMapping(path = "/capture", method = RequestMethod.OPTIONS)
    ResponseEntity<Void> captureOptions() {
        return ResponseEntity.noContent().headers(limits()).header(HttpHeaders.ALLOW, "OPTIONS, GET, POST").build();
    }

    @PostMapping(path = "/capture", consumes = {MediaType.APPLICATION_JSON_VALUE, JSON_LD})
    ResponseEntity<CaptureJob> capture(Actor actor, HttpServletRequest request,
                                       @RequestHeader(name = "GS1-Capture-Error-Behaviour", required = false) String behaviour)
            throws IOException {
        JsonNode document = read(request, capture.limits().maxBytes());
        CaptureJob job = capture.capture(actor, document, behaviour);
        return ResponseEntity.status(HttpStatus.ACCEPTED).headers(limits())
                .header(HttpHeaders.LOCATION, "/epcis/capture/" + job.captureID()).body(job);
    }

    @GetMapping("/capture")
    ResponseEntity<List<CaptureJob>> captureJobs(Actor actor, @RequestParam(required = false) Integer perPage) {
        return ResponseEntity.ok().headers(limits()).body(capture.jobs(actor, perPage == null ? 100 : Math.min(perPage, 1000)));
    }

    @GetMapping("/capture/{id}")
    CaptureJob captureJob(Actor actor, @PathVariable String id) {
        try {
            return capture.job(actor, UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw EpcisRefused.noSuchName("no capture job " + id);
        }
    }

    @PostMapping(path = "/events", consumes = {MediaType.APPLICATION_JSON_VALUE, JSON_LD})
    ResponseEntity<Void> captureEvent(Actor actor, HttpServletRequest request) throws IOException {
        JsonNode event = read(request, capture.limits().maxBytes());
        String id = capture.captureEvent(actor, event);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/epcis/events/" + URLEncoder.encode(id, StandardCharsets.UTF_8)).build();
    }

    @GetMapping("/events")
    ResponseEntity<ObjectNode> events(Actor actor, HttpServletRequest request) {
        return page(queries.events(actor, parameters(request)), request);
    }

    @GetMapping("/events/{eventID}")
    ResponseEntity<ObjectNode> event(Actor actor, @PathVariable String eventID) {
        QueryPage page = queries.events(actor, Map.of("EQ_eventID", List.of(eventID)));
        if (page.size() == 0) {
            throw EpcisRefused.noSuchName("no event " + eventID);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(JSON_LD))
                .body((ObjectNode) page.document().at("/epcisBody/queryResults/resultsBody/eventList/0"));
    }

    @GetMapping("/eventTypes/{eventType}/events")
    ResponseEntity<ObjectNode> eventsOfType(Actor actor, @PathVariable String eventType, HttpServletRequest request) {
        return filtered(actor, request, "eventType", eventType);
    }

    @GetMapping("/epcs/{epc}/events")
    ResponseEntity<ObjectNode> eventsOfEpc(Actor actor, @PathVariable String epc, HttpServletRequest request) {
        return filtered(actor, request, "MATCH_anyEPC", epc);
    }

    @GetMapping("/bizSteps/{bizStep}/events")
    ResponseEntity<ObjectNode> eventsOfBizStep(Actor actor, @PathVariable String bizStep, HttpServletRequest request) {
        return filtered(actor, request, "EQ_bizStep", bizStep);
    }

    @GetMapping("/bizLocations/{bizLocation}/events")
    ResponseEntity<ObjectNode> eventsAt(Actor actor, @PathVariable String bizLocation, HttpServletRequest request) {
        return filtered(actor, request, "EQ_bizLocation", bizLocation);
    }

    @GetMapping("/readPoints/{readPoint}/events")
    ResponseEntity<ObjectNode> eventsRead(Actor actor, @PathVariable String readPoint, HttpServletRequest request) {
        return filtered(actor, request, "EQ_readPoint", readPoint);
    }

    @GetMapping("/dispositions/{disposition}/events")
    ResponseEntity<ObjectNode> eventsIn(Actor actor, @PathVariable String disposition, HttpServletRequest request) {
        return filtered(actor, request, "EQ_disposition", disposition);
    }

    @GetMapping("/queries")
    List<NamedQuery> namedQueries(Actor actor) {
        return queries.queries(actor);
    }

    @PostMapping(path = "/queries", consumes = {MediaType.APPLICATION_JSON_VALUE, JSON_LD})
    ResponseEntity<NamedQuery> saveQuery(Actor actor, HttpServletRequest request) throws IOException {
        JsonNode body = read(request, 1024 * 1024);
        if (!body.isObject() || !body.path("name").isString() || !body.path("query").isObject()) {
            throw EpcisRefused.validation(List.of(new Violation(null, "/query", "a query definition has a name and a query object")));
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (var entry : body.get("query").properties()) {
            List<String> values = new ArrayList<>();
            if (entry.getValue().isArray()) {
                entry.getValue().values().forEach(v -> values.add(v.asString()));
            } else {
                values.add(entry.getValue().asString());
            }
            query.put(entry.getKey(), values);
        }
        NamedQuery saved = queries.saveQuery(actor, new NamedQuery(body.get("name").asString(), query));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/epcis/queries/" + saved.name()).body(saved);
    }

    @GetMapping("/queries/{name}")
    NamedQuery namedQuery(Actor actor, @PathVariable String name) {
        return queries.query(actor, name);
    }

    @DeleteMapping("/queries/{name}")
    ResponseEntity<Void> deleteQuery(Actor actor, @PathVariable String name) {
        queries.deleteQuery(actor, name);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/queries/{name}/events")
    ResponseEntity<ObjectNode> namedQueryEvents(Actor actor, @PathVariable String name, HttpServletRequest request) {
        return page(queries.namedEvents(actor, name, parameters(request)), request);
    }

    private ResponseEntity<ObjectNode> filtered(Actor actor, HttpServletRequest request, String parameter, String value) {
        Map<String, List<String>> parameters = parameters(request);
        if (parameters.get("nextPageToken") == null) {
            parameters.put(parameter, List.of(value));
        }
        return page(queries.events(actor, parameters), request);
    }

    private ResponseEntity<ObjectNode> page(QueryPage page, HttpServletRequest request) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.parseMediaType(JSON_LD));
        if (page.nextPageToken() != null) {
            String perPage = request.getParameter("perPage");
            String next = request.getRequestURI() + "?nextPageToken=" + page.nextPageToken()
                    + (perPage == null ? "" : "&perPage=" + URLEncoder.encode(perPage, StandardCharsets.UTF_8));
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response.body(page.document());
    }

    /** Query parameters with their pipe-delimited values split. */
    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            List<String> split = new ArrayList<>();
            for (String value : values) {
                for (String part : value.split("\\|")) {
                    if (!part.isBlank()) {
                        split.add(part.strip());
                    }
                }
            }
            parameters.put(name, split);
        });
        return parameters;
    }

    private HttpHeaders limits() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("GS1-EPCIS-Capture-Limit", String.valueOf(capture.limits().maxEvents()));
        headers.set("GS1-EPCIS-Capture-File-Size-Limit", String.valueOf(capture.limits().maxBytes()));
        headers.set("GS1-Capture-Error-Behaviour", "rollback, proceed");
        return headers;
    }

    private JsonNode read(HttpServletRequest request, long maxBytes) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw EpcisRefused.validation(List.of(new Violation(null, "/", "not well-formed JSON" + where)));
        }
    }

    private static EpcisRefused tooLarge(long maxBytes) {
        return new EpcisRefused("CaptureLimitExceededException", 413,
                "the payload is larger than the capture limit of " + maxBytes + " bytes", List.of());
    }
}
