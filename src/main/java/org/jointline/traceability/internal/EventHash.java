package org.jointline.traceability.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jointline.traceability.Identifiers;
import tools.jackson.databind.JsonNode;

/**
 * The CBV 2.0 event hash ({@code ni:///sha-256;<hex>?ver=CBV2.0}) for events captured without an
 * eventID: a pre-hash string of the event's content fields in the standard's canonical order
 * (eventType, eventTime in UTC with milliseconds, eventTimeZoneOffset, then the identifier lists,
 * action, vocabulary, places, transactions, sources, destinations, sensor data, ilmd, extensions),
 * list values sorted, EPC URNs turned into GS1 Digital Link URIs and CBV words into their full URIs;
 * recordTime, eventID, certificationInfo and errorDeclaration left out, so that the same observation
 * captured twice hashes the same.
 */
public final class EventHash {

    private static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final List<String> ORDER = List.of("epcList", "parentID", "inputEPCList", "childEPCs",
            "quantityList", "childQuantityList", "inputQuantityList", "outputEPCList", "outputQuantityList", "action",
            "transformationID", "bizStep", "disposition", "persistentDisposition", "readPoint", "bizLocation",
            "bizTransactionList", "sourceList", "destinationList", "sensorElementList", "ilmd");
    private static final List<String> SKIPPED = List.of("type", "eventTime", "eventTimeZoneOffset", "recordTime",
            "eventID", "certificationInfo", "errorDeclaration", "@context");
    private static final List<String> EPC_FIELDS = List.of("epcList", "parentID", "inputEPCList", "childEPCs",
            "outputEPCList", "epcClass");

    private EventHash() {
    }

    public static String of(JsonNode event) {
        return "ni:///sha-256;" + sha256(preHash(event)) + "?ver=CBV2.0";
    }

    static String preHash(JsonNode event) {
        StringBuilder out = new StringBuilder();
        out.append("eventType=").append(text(event, "type"));
        out.append("eventTime=").append(utc(text(event, "eventTime")));
        out.append("eventTimeZoneOffset=").append(text(event, "eventTimeZoneOffset"));
        for (String field : ORDER) {
            JsonNode value = event.get(field);
            if (value != null) {
                out.append(field(field, value));
            }
        }
        Map<String, JsonNode> extensions = new TreeMap<>();
        for (String name : event.propertyNames()) {
            if (!ORDER.contains(name) && !SKIPPED.contains(name)) {
                extensions.put(name, event.get(name));
            }
        }
        extensions.forEach((name, value) -> out.append(field(name, value)));
        return out.toString();
    }

    private static String field(String name, JsonNode value) {
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode element : value.values()) {
                parts.add(element.isObject() ? object(name, element) : scalar(name, element));
            }
            parts.sort(null);
            return String.join("", parts);
        }
        if (value.isObject()) {
            return name + object(name, value);
        }
        return name + "=" + scalar(name, value);
    }

    private static String object(String parent, JsonNode value) {
        Map<String, String> fields = new TreeMap<>();
        for (var entry : value.properties()) {
            fields.put(entry.getKey(), field(entry.getKey(), entry.getValue()));
        }
        return parent + String.join("", fields.values());
    }

    private static String scalar(String field, JsonNode value) {
        String text = value.isString() ? value.stringValue() : value.toString();
        if (EPC_FIELDS.contains(field)) {
            return Identifiers.toDigitalLink(text);
        }
        return switch (field) {
            case "bizStep" -> vocabulary("BizStep", text, EpcisRules.BIZ_STEPS.contains(text));
            case "disposition", "set", "unset" -> vocabulary("Disp", text, EpcisRules.DISPOSITIONS.contains(text));
            case "time", "startTime", "endTime", "declarationTime" -> utc(text);
            default -> text;
        };
    }

    private static String vocabulary(String kind, String value, boolean standard) {
        return standard ? "https://ref.gs1.org/cbv/" + kind + "-" + value : value;
    }

    private static String utc(String time) {
        if (time == null) {
            return "";
        }
        try {
            return OffsetDateTime.parse(time).withOffsetSameInstant(ZoneOffset.UTC).format(UTC_MILLIS);
        } catch (RuntimeException e) {
            return time;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? "" : value.asString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
