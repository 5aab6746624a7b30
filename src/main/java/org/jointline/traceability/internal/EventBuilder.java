package org.jointline.traceability.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds EPCIS 2.0 events in JSON-LD for what the modules report. */
final class EventBuilder {

    private static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final ObjectNode event;

    private EventBuilder(ObjectNode event) {
        this.event = event;
    }

    static EventBuilder of(JsonMapper json, String type, Instant at) {
        ObjectNode event = json.createObjectNode();
        event.put("type", type);
        event.put("eventTime", UTC_MILLIS.format(at));
        event.put("eventTimeZoneOffset", "+00:00");
        return new EventBuilder(event);
    }

    EventBuilder action(String action) {
        event.put("action", action);
        return this;
    }

    EventBuilder step(String bizStep, String disposition) {
        event.put("bizStep", bizStep);
        if (disposition != null) {
            event.put("disposition", disposition);
        }
        return this;
    }

    EventBuilder epcs(String field, Collection<String> epcs) {
        if (!epcs.isEmpty()) {
            ArrayNode list = event.putArray(field);
            epcs.forEach(list::add);
        }
        return this;
    }

    /** An ObjectEvent needs an epcList (empty is allowed) or a quantityList. */
    EventBuilder ensureEpcList() {
        if (!event.has("epcList") && !event.has("quantityList")) {
            event.putArray("epcList");
        }
        return this;
    }

    EventBuilder quantity(String field, String epcClass, java.math.BigDecimal quantity) {
        ObjectNode element = event.withArray(field).addObject();
        element.put("epcClass", epcClass);
        if (quantity != null) {
            element.put("quantity", quantity.abs());
        }
        return this;
    }

    EventBuilder set(String field, String value) {
        if (value != null) {
            event.put(field, value);
        }
        return this;
    }

    EventBuilder place(String readPoint, String bizLocation) {
        if (readPoint != null) {
            event.putObject("readPoint").put("id", readPoint);
        }
        if (bizLocation != null) {
            event.putObject("bizLocation").put("id", bizLocation);
        }
        return this;
    }

    EventBuilder transaction(String type, String reference) {
        if (reference != null) {
            ObjectNode transaction = event.withArray("bizTransactionList").addObject();
            if (type != null) {
                transaction.put("type", type);
            }
            transaction.put("bizTransaction", reference);
        }
        return this;
    }

    EventBuilder source(String type, String party) {
        if (party != null) {
            ObjectNode source = event.withArray("sourceList").addObject();
            source.put("type", type);
            source.put("source", party);
        }
        return this;
    }

    EventBuilder destination(String type, String party) {
        if (party != null) {
            ObjectNode destination = event.withArray("destinationList").addObject();
            destination.put("type", type);
            destination.put("destination", party);
        }
        return this;
    }

    ObjectNode build() {
        return event;
    }
}
