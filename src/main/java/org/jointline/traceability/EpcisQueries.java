package org.jointline.traceability;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jointline.platform.Actor;
import org.jointline.traceability.internal.NamedQueries;
import org.jointline.traceability.internal.QuerySql;
import org.jointline.traceability.internal.SharedItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * EPCIS SimpleEventQuery over the repository: the standard parameters, keyset pages with an opaque
 * nextPageToken, results as an EPCISQueryDocument, only the events the actor's organisation may see
 * (its own, and those about identifiers granted to it because the goods were shipped to it).
 */
@Service
@Transactional(readOnly = true)
public class EpcisQueries {

    public static final String GS1_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    public static final int DEFAULT_PER_PAGE = 100;
    public static final int MAX_PER_PAGE = 1000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final NamedQueries named;
    private final SharedItems shared;

    EpcisQueries(JdbcClient jdbc, JsonMapper json, NamedQueries named, SharedItems shared) {
        this.shared = shared;
        this.jdbc = jdbc;
        this.json = json;
        this.named = named;
    }

    public QueryPage events(Actor actor, Map<String, List<String>> parameters) {
        return run(actor, parameters, "SimpleEventQuery");
    }

    public QueryPage namedEvents(Actor actor, String name, Map<String, List<String>> parameters) {
        NamedQuery query = named.find(actor.organisationId(), name)
                .orElseThrow(() -> EpcisRefused.noSuchName("no query named " + name));
        Map<String, List<String>> merged = new LinkedHashMap<>(query.query());
        for (String paging : List.of("perPage", "nextPageToken")) {
            if (parameters.containsKey(paging)) {
                merged.put(paging, parameters.get(paging));
            }
        }
        return run(actor, merged, name);
    }

    @Transactional
    public NamedQuery saveQuery(Actor actor, NamedQuery query) {
        if (query.name() == null || !query.name().matches("[A-Za-z0-9._~-]{1,100}")) {
            throw EpcisRefused.queryParameter("name", "a query name is 1 to 100 letters, digits or ._~-");
        }
        QuerySql.of(query.query());
        if (!named.insert(actor.organisationId(), query, json.writeValueAsString(query.query()))) {
            throw new EpcisRefused("ResourceAlreadyExistsException", 409, "a query named " + query.name() + " exists", List.of());
        }
        return query;
    }

    public List<NamedQuery> queries(Actor actor) {
        return named.of(actor.organisationId());
    }

    public NamedQuery query(Actor actor, String name) {
        return named.find(actor.organisationId(), name).orElseThrow(() -> EpcisRefused.noSuchName("no query named " + name));
    }

    @Transactional
    public void deleteQuery(Actor actor, String name) {
        if (!named.delete(actor.organisationId(), name)) {
            throw EpcisRefused.noSuchName("no query named " + name);
        }
    }

    private QueryPage run(Actor actor, Map<String, List<String>> parameters, String queryName) {
        Map<String, List<String>> query = new LinkedHashMap<>(parameters);
        Cursor cursor = null;
        String token = QuerySql.single(query, "nextPageToken");
        if (token != null) {
            cursor = decode(token);
            Map<String, List<String>> original = new LinkedHashMap<>(cursor.query());
            if (query.containsKey("perPage")) {
                original.put("perPage", query.get("perPage"));
            }
            query = original;
        }
        int perPage = perPage(QuerySql.single(query, "perPage"));
        Integer remaining = cursor != null ? cursor.remaining() : limit(QuerySql.single(query, "eventCountLimit"));
        Map<String, List<String>> conditions = new LinkedHashMap<>(query);
        conditions.remove("perPage");
        conditions.remove("nextPageToken");
        QuerySql sql = QuerySql.of(conditions);
        if (!actor.isAdministrator()) {
            sql.visibleTo(actor.organisationId(), shared.patterns(actor));
        }
        if (cursor != null) {
            sql.after(cursor.sortValue(), cursor.id());
        }
        int want = remaining == null ? perPage : Math.min(perPage, remaining);
        List<Row> rows = jdbc.sql(sql.select(want + 1)).params(sql.params()).query((rs, n) -> new Row(
                rs.getObject("id", UUID.class), rs.getObject(sql.sortColumn(), OffsetDateTime.class),
                rs.getObject("record_time", OffsetDateTime.class), rs.getString("content"), rs.getString("context"))).list();
        boolean more = rows.size() > want;
        List<Row> page = more ? rows.subList(0, want) : rows;
        Integer left = remaining == null ? null : remaining - page.size();
        String next = null;
        if (more && (left == null || left > 0)) {
            Row last = page.getLast();
            next = encode(new Cursor(conditions, last.sortValue(), last.id(), left));
        }
        return new QueryPage(document(page, queryName), page.size(), next);
    }

    private ObjectNode document(List<Row> rows, String queryName) {
        ObjectNode document = json.createObjectNode();
        ArrayNode context = document.putArray("@context");
        context.add(GS1_CONTEXT);
        Set<String> extra = new LinkedHashSet<>();
        ArrayNode events = json.createArrayNode();
        for (Row row : rows) {
            ObjectNode event = (ObjectNode) json.readTree(row.content());
            event.put("recordTime", row.recordTime().withOffsetSameInstant(ZoneOffset.UTC).toString());
            events.add(event);
            if (row.context() != null) {
                json.readTree(row.context()).values().forEach(c -> extra.add(c.toString()));
            }
        }
        extra.forEach(c -> context.add(json.readTree(c)));
        document.put("type", "EPCISQueryDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", OffsetDateTime.now(ZoneOffset.UTC).toString());
        ObjectNode results = document.putObject("epcisBody").putObject("queryResults");
        results.put("queryName", queryName);
        results.putObject("resultsBody").set("eventList", events);
        return document;
    }

    private static int perPage(String value) {
        if (value == null) {
            return DEFAULT_PER_PAGE;
        }
        try {
            int perPage = Integer.parseInt(value);
            if (perPage < 1 || perPage > MAX_PER_PAGE) {
                throw EpcisRefused.queryParameter("perPage", "must be between 1 and " + MAX_PER_PAGE);
            }
            return perPage;
        } catch (NumberFormatException e) {
            throw EpcisRefused.queryParameter("perPage", "must be a whole number");
        }
    }

    private static Integer limit(String value) {
        if (value == null) {
            return null;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit < 1) {
                throw EpcisRefused.queryParameter("eventCountLimit", "must be positive");
            }
            return limit;
        } catch (NumberFormatException e) {
            throw EpcisRefused.queryParameter("eventCountLimit", "must be a whole number");
        }
    }

    private record Row(UUID id, OffsetDateTime sortValue, OffsetDateTime recordTime, String content, String context) {
    }

    record Cursor(Map<String, List<String>> query, OffsetDateTime sortValue, UUID id, Integer remaining) {
    }

    private String encode(Cursor cursor) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(Map.of(
                "q", cursor.query(), "s", cursor.sortValue().toString(), "i", cursor.id().toString(),
                "r", cursor.remaining() == null ? -1 : cursor.remaining())));
    }

    private Cursor decode(String token) {
        try {
            JsonNode node = json.readTree(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
            Map<String, List<String>> query = json.convertValue(node.get("q"), new TypeReference<>() { });
            int remaining = node.get("r").asInt();
            return new Cursor(query, OffsetDateTime.parse(node.get("s").asString()), UUID.fromString(node.get("i").asString()),
                    remaining < 0 ? null : remaining);
        } catch (RuntimeException e) {
            throw EpcisRefused.queryParameter("nextPageToken", "not a token this repository issued");
        }
    }

    static List<String> split(String value) {
        List<String> values = new ArrayList<>();
        for (String part : value.split("\\|")) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return values;
    }
}
