package org.jointline.traceability.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jointline.traceability.Identifiers;
import tools.jackson.databind.JsonNode;

/**
 * The CBV 2.0 event hash ({@code ni:///sha-256;<hex>?ver=CBV2.0}) for events captured without an
 * eventID. The pre-hash string holds the event's fields in the standard's canonical order, each as
 * {@code name=value} without separators: eventType, eventTime in UTC with milliseconds,
 * eventTimeZoneOffset, the identifier and quantity lists (elements sorted), action, transformationID,
 * bizStep and disposition as CBV web URIs, persistentDisposition, readPoint, bizLocation, business
 * transactions, sources and destinations (type first), sensor data, ilmd, then the extensions as
 * {@code {namespace}name=value} sorted. EPC URNs become GS1 Digital Link URIs. recordTime, eventID,
 * certificationInfo and errorDeclaration are left out, so a re-capture hashes the same.
 */
public final class EventHash {

    private static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final String CBV = "https://ref.gs1.org/cbv/";
    private static final Set<String> EPC_LISTS = Set.of("epcList", "childEPCs", "inputEPCList", "outputEPCList");
    private static final Set<String> QUANTITY_LISTS = Set.of("quantityList", "childQuantityList",
            "inputQuantityList", "outputQuantityList");
    private static final List<String> ORDER = List.of("epcList", "parentID", "inputEPCList", "childEPCs",
            "quantityList", "childQuantityList", "inputQuantityList", "outputEPCList", "outputQuantityList", "action",
            "transformationID", "bizStep", "disposition", "persistentDisposition", "readPoint", "bizLocation",
            "bizTransactionList", "sourceList", "destinationList", "sensorElementList", "ilmd");
    private static final Set<String> ORDERED = Set.copyOf(ORDER);
    private static final Set<String> SKIPPED = Set.of("type", "eventTime", "eventTimeZoneOffset", "recordTime",
            "eventID", "certificationInfo", "errorDeclaration", "@context");
    private static final List<String> METADATA = List.of("time", "startTime", "endTime", "deviceID",
            "deviceMetadata", "rawData", "dataProcessingMethod", "bizRules");
    private static final List<String> REPORT = List.of("type", "exception", "deviceID", "deviceMetadata", "rawData",
            "dataProcessingMethod", "time", "microorganism", "chemicalSubstance", "value", "component", "stringValue",
            "booleanValue", "hexBinaryValue", "uriValue", "minValue", "maxValue", "meanValue", "sDev", "percRank",
            "percValue", "uom", "coordinateReferenceSystem", "bizRules");

    private final Map<String, String> namespaces;

    private EventHash(Map<String, String> namespaces) {
        this.namespaces = namespaces;
    }

    public static String of(JsonNode event) {
        return of(event, Map.of());
    }

    /** The hash, with extension prefixes expanded by the document's @context (prefix to namespace). */
    public static String of(JsonNode event, Map<String, String> namespaces) {
        return "ni:///sha-256;" + sha256(preHash(event, namespaces)) + "?ver=CBV2.0";
    }

    /** Prefix to namespace, from the objects of a JSON-LD @context. */
    public static Map<String, String> namespaces(JsonNode context) {
        Map<String, String> namespaces = new java.util.HashMap<>();
        if (context == null) {
            return namespaces;
        }
        List<JsonNode> objects = new ArrayList<>();
        if (context.isArray()) {
            context.values().forEach(objects::add);
        } else {
            objects.add(context);
        }
        for (JsonNode object : objects) {
            if (object.isObject()) {
                object.properties().forEach(e -> {
                    if (e.getValue().isString()) {
                        namespaces.put(e.getKey(), e.getValue().stringValue());
                    }
                });
            }
        }
        return namespaces;
    }

    static String preHash(JsonNode event, Map<String, String> namespaces) {
        return new EventHash(namespaces).preHash(event);
    }

    private String preHash(JsonNode event) {
        StringBuilder out = new StringBuilder();
        out.append("eventType=").append(text(event.get("type")));
        out.append("eventTime=").append(utc(text(event.get("eventTime"))));
        out.append("eventTimeZoneOffset=").append(text(event.get("eventTimeZoneOffset")));
        for (String field : ORDER) {
            JsonNode value = event.get(field);
            if (value != null) {
                out.append(field(field, value));
            }
        }
        out.append(extensions(event, SKIPPED));
        return out.toString();
    }

    private String field(String name, JsonNode value) {
        if (EPC_LISTS.contains(name)) {
            return name + sorted(value, v -> "epc=" + Identifiers.toDigitalLink(text(v)));
        }
        if (QUANTITY_LISTS.contains(name)) {
            return name + sorted(value, this::quantity);
        }
        return switch (name) {
            case "parentID" -> "parentID=" + Identifiers.toDigitalLink(text(value));
            case "bizStep" -> "bizStep=" + vocabulary("BizStep", text(value), EpcisRules.BIZ_STEPS);
            case "disposition" -> "disposition=" + vocabulary("Disp", text(value), EpcisRules.DISPOSITIONS);
            case "persistentDisposition" -> name
                    + (value.has("set") ? sorted(value.get("set"), v -> "set=" + vocabulary("Disp", text(v), EpcisRules.DISPOSITIONS)) : "")
                    + (value.has("unset") ? sorted(value.get("unset"), v -> "unset=" + vocabulary("Disp", text(v), EpcisRules.DISPOSITIONS)) : "");
            case "readPoint", "bizLocation" -> name + "id=" + Identifiers.toDigitalLink(text(value.get("id")))
                    + extensions(value, Set.of("id"));
            case "bizTransactionList" -> name + sorted(value, v -> typed(v, "BTT", EpcisRules.BIZ_TRANSACTION_TYPES)
                    + "bizTransaction=" + Identifiers.toDigitalLink(text(v.get("bizTransaction"))));
            case "sourceList" -> name + sorted(value, v -> typed(v, "SDT", EpcisRules.SOURCE_DEST_TYPES)
                    + "source=" + Identifiers.toDigitalLink(text(v.get("source"))));
            case "destinationList" -> name + sorted(value, v -> typed(v, "SDT", EpcisRules.SOURCE_DEST_TYPES)
                    + "destination=" + Identifiers.toDigitalLink(text(v.get("destination"))));
            case "sensorElementList" -> name + sorted(value, this::sensorElement);
            case "ilmd" -> name + extensions(value, Set.of());
            default -> name + "=" + text(value);
        };
    }

    private String quantity(JsonNode element) {
        StringBuilder out = new StringBuilder("quantityElement");
        out.append("epcClass=").append(Identifiers.toDigitalLink(text(element.get("epcClass"))));
        if (element.has("quantity")) {
            out.append("quantity=").append(number(element.get("quantity")));
        }
        if (element.has("uom")) {
            out.append("uom=").append(text(element.get("uom")));
        }
        return out.toString();
    }

    private String sensorElement(JsonNode element) {
        StringBuilder out = new StringBuilder("sensorElement");
        JsonNode metadata = element.get("sensorMetadata");
        if (metadata != null) {
            out.append("sensorMetadata").append(ordered(metadata, METADATA));
        }
        JsonNode reports = element.get("sensorReport");
        if (reports != null) {
            out.append(sorted(reports, r -> "sensorReport" + ordered(r, REPORT)));
        }
        out.append(extensions(element, Set.of("sensorMetadata", "sensorReport")));
        return out.toString();
    }

    private String ordered(JsonNode node, List<String> order) {
        StringBuilder out = new StringBuilder();
        for (String name : order) {
            JsonNode value = node.get(name);
            if (value != null) {
                out.append(name).append('=').append(scalar(name, value));
            }
        }
        out.append(extensions(node, Set.copyOf(order)));
        return out.toString();
    }

    private String scalar(String name, JsonNode value) {
        if (value.isNumber()) {
            return number(value);
        }
        String text = text(value);
        return switch (name) {
            case "time", "startTime", "endTime" -> utc(text);
            case "deviceID", "deviceMetadata", "rawData", "microorganism", "chemicalSubstance" -> Identifiers.toDigitalLink(text);
            default -> text;
        };
    }

    /** Extension fields (names with a prefix or a full URI) as {namespace}name=value, sorted. */
    private String extensions(JsonNode node, Set<String> standard) {
        List<String> parts = new ArrayList<>();
        for (var entry : node.properties()) {
            if (!standard.contains(entry.getKey()) && !ORDERED.contains(entry.getKey())) {
                parts.add(extension(expand(entry.getKey()), entry.getValue()));
            }
        }
        parts.sort(null);
        return String.join("", parts);
    }

    private String extension(String name, JsonNode value) {
        if (value.isObject()) {
            return name + extensions(value, Set.of());
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.values().forEach(v -> parts.add(extension(name, v)));
            parts.sort(null);
            return String.join("", parts);
        }
        return name + "=" + (value.isNumber() ? number(value) : text(value));
    }

    private String expand(String name) {
        int colon = name.indexOf(':');
        if (colon > 0) {
            String namespace = namespaces.get(name.substring(0, colon));
            if (namespace != null) {
                return "{" + namespace + "}" + name.substring(colon + 1);
            }
        }
        return name;
    }

    private static String typed(JsonNode entry, String kind, Set<String> standard) {
        return entry.has("type") ? "type=" + vocabulary(kind, text(entry.get("type")), standard) : "";
    }

    private static String sorted(JsonNode list, java.util.function.Function<JsonNode, String> element) {
        List<String> parts = new ArrayList<>();
        list.values().forEach(v -> parts.add(element.apply(v)));
        parts.sort(null);
        return String.join("", parts);
    }

    private static String vocabulary(String kind, String value, Set<String> standard) {
        return standard.contains(value) ? CBV + kind + "-" + value : value;
    }

    private static String number(JsonNode value) {
        return new BigDecimal(value.asString()).stripTrailingZeros().toPlainString();
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

    private static String text(JsonNode node) {
        return node == null ? "" : node.asString().strip();
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
