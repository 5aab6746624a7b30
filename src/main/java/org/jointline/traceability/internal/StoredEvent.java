package org.jointline.traceability.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One event ready to be written: its columns, the identifiers it names (with their roles) and the
 * containment links it states. Built from the event's JSON; the JSON itself is kept as captured
 * (with the eventID added when the capturer gave none), serialised once as UTF-8 JSON ({@code json}).
 */
public record StoredEvent(UUID id, String eventId, String type, String action, OffsetDateTime eventTime,
                          String bizStep, String disposition, String readPoint, String bizLocation,
                          ObjectNode content, byte[] json, List<Key> keys, List<Link> links, boolean unlinks) {

    public record Key(String key, char role) {
    }

    public record Link(String child, String parent) {
    }

    public static StoredEvent of(UUID id, ObjectNode event) {
        return of(id, event, java.util.Map.of());
    }

    /**
     * With the namespaces of the document's @context, for the hash of events without an eventID. The event's
     * own fields are changed (eventID added, recordTime removed), never its children: a shallow copy of a
     * document's event (see {@link #shallowCopy}) may be passed while others read the document.
     */
    public static StoredEvent of(UUID id, ObjectNode event, java.util.Map<String, String> namespaces) {
        if (!event.has("eventID")) {
            event.put("eventID", EventHash.of(event, namespaces));
        }
        event.remove("recordTime");
        List<Key> keys = new ArrayList<>();
        list(event, "epcList", 'e', keys);
        list(event, "childEPCs", 'c', keys);
        list(event, "inputEPCList", 'i', keys);
        list(event, "outputEPCList", 'o', keys);
        if (event.has("parentID")) {
            keys.add(new Key(event.get("parentID").asString(), 'p'));
        }
        if (event.has("transformationID")) {
            keys.add(new Key(event.get("transformationID").asString(), 'x'));
        }
        classes(event, "quantityList", 'q', keys);
        classes(event, "childQuantityList", 'r', keys);
        classes(event, "inputQuantityList", 'j', keys);
        classes(event, "outputQuantityList", 'k', keys);
        objects(event, "sourceList", "source", 's', keys);
        objects(event, "destinationList", "destination", 'd', keys);
        objects(event, "bizTransactionList", "bizTransaction", 't', keys);
        String type = event.get("type").asString();
        String action = text(event, "action");
        return new StoredEvent(id, event.get("eventID").asString(), type, action,
                Rfc3339.parse(event.get("eventTime").asString()), text(event, "bizStep"),
                text(event, "disposition"), place(event, "readPoint"), place(event, "bizLocation"), event,
                event.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), List.copyOf(keys), links(type, action, keys), "DELETE".equals(action));
    }

    /** A copy of the event's top level; the children are shared, not copied. */
    public static ObjectNode shallowCopy(ObjectNode event) {
        ObjectNode copy = event.objectNode();
        copy.setAll(event);
        return copy;
    }

    private static List<Link> links(String type, String action, List<Key> keys) {
        List<Link> links = new ArrayList<>();
        String transformation = null;
        if ("TransformationEvent".equals(type)) {
            transformation = keys.stream().filter(k -> k.role() == 'x').map(Key::key).findFirst().orElse(null);
        }
        if (transformation != null) {
            // events sharing a transformationID form one transformation: inputs -> id -> outputs
            for (Key key : keys) {
                if (key.role() == 'i' || key.role() == 'j') {
                    links.add(new Link(key.key(), transformation));
                } else if (key.role() == 'o' || key.role() == 'k') {
                    links.add(new Link(transformation, key.key()));
                }
            }
        } else if ("TransformationEvent".equals(type)) {
            for (Key input : keys) {
                if (input.role() == 'i' || input.role() == 'j') {
                    for (Key output : keys) {
                        if (output.role() == 'o' || output.role() == 'k') {
                            links.add(new Link(input.key(), output.key()));
                        }
                    }
                }
            }
        } else if (("AggregationEvent".equals(type) || "AssociationEvent".equals(type)) && !"OBSERVE".equals(action)) {
            String parent = keys.stream().filter(k -> k.role() == 'p').map(Key::key).findFirst().orElse(null);
            if (parent != null) {
                keys.stream().filter(k -> k.role() == 'c' || k.role() == 'r')
                        .forEach(child -> links.add(new Link(child.key(), parent)));
                if (links.isEmpty() && "DELETE".equals(action)) {
                    links.add(new Link(null, parent));
                }
            }
        }
        return List.copyOf(links);
    }

    private static void list(JsonNode event, String field, char role, List<Key> keys) {
        JsonNode list = event.get(field);
        if (list != null) {
            list.values().forEach(epc -> keys.add(new Key(epc.asString(), role)));
        }
    }

    private static void classes(JsonNode event, String field, char role, List<Key> keys) {
        JsonNode list = event.get(field);
        if (list != null) {
            list.values().forEach(q -> keys.add(new Key(q.get("epcClass").asString(), role)));
        }
    }

    private static void objects(JsonNode event, String field, String property, char role, List<Key> keys) {
        JsonNode list = event.get(field);
        if (list != null) {
            list.values().forEach(o -> keys.add(new Key(o.get(property).asString(), role)));
        }
    }

    private static String place(JsonNode event, String field) {
        JsonNode place = event.get(field);
        return place == null ? null : place.get("id").asString();
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event.get(field);
        return value == null ? null : value.asString();
    }
}
