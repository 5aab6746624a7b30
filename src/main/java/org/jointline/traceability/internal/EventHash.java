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

    private static final Set<String> METADATA_SET = Set.copyOf(METADATA);
    private static final Set<String> REPORT_SET = Set.copyOf(REPORT);
    private static final Set<String> ID = Set.of("id");
    private static final Set<String> SENSOR_ELEMENT = Set.of("sensorMetadata", "sensorReport");

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
        StringBuilder out = new StringBuilder(512);
        new EventHash(namespaces).preHash(event, out);
        return out.toString();
    }

    private void preHash(JsonNode event, StringBuilder out) {
        out.append("eventType=").append(text(event.get("type")));
        out.append("eventTime=");
        utc(text(event.get("eventTime")), out);
        out.append("eventTimeZoneOffset=").append(text(event.get("eventTimeZoneOffset")));
        for (String field : ORDER) {
            JsonNode value = event.get(field);
            if (value != null) {
                field(field, value, out);
            }
        }
        extensions(event, SKIPPED, out);
    }

    private void field(String name, JsonNode value, StringBuilder out) {
        if (EPC_LISTS.contains(name)) {
            out.append(name);
            sorted(value, v -> "epc=" + digitalLink(text(v)), out);
            return;
        }
        if (QUANTITY_LISTS.contains(name)) {
            out.append(name);
            sorted(value, this::quantity, out);
            return;
        }
        switch (name) {
            case "parentID" -> out.append("parentID=").append(digitalLink(text(value)));
            case "bizStep" -> out.append("bizStep=");
            case "disposition" -> out.append("disposition=");
            default -> out.append(name);
        }
        switch (name) {
            case "parentID" -> { }
            case "bizStep" -> vocabulary("BizStep", text(value), EpcisRules.BIZ_STEPS, out);
            case "disposition" -> vocabulary("Disp", text(value), EpcisRules.DISPOSITIONS, out);
            case "persistentDisposition" -> {
                if (value.has("set")) {
                    sorted(value.get("set"), v -> "set=" + vocabulary("Disp", text(v), EpcisRules.DISPOSITIONS), out);
                }
                if (value.has("unset")) {
                    sorted(value.get("unset"), v -> "unset=" + vocabulary("Disp", text(v), EpcisRules.DISPOSITIONS), out);
                }
            }
            case "readPoint", "bizLocation" -> {
                out.append("id=").append(digitalLink(text(value.get("id"))));
                extensions(value, ID, out);
            }
            case "bizTransactionList" -> sorted(value, v -> typed(v, "BTT", EpcisRules.BIZ_TRANSACTION_TYPES)
                    + "bizTransaction=" + digitalLink(text(v.get("bizTransaction"))), out);
            case "sourceList" -> sorted(value, v -> typed(v, "SDT", EpcisRules.SOURCE_DEST_TYPES)
                    + "source=" + digitalLink(text(v.get("source"))), out);
            case "destinationList" -> sorted(value, v -> typed(v, "SDT", EpcisRules.SOURCE_DEST_TYPES)
                    + "destination=" + digitalLink(text(v.get("destination"))), out);
            case "sensorElementList" -> sorted(value, this::sensorElement, out);
            case "ilmd" -> extensions(value, Set.of(), out);
            default -> out.append('=').append(text(value));
        }
    }

    private String quantity(JsonNode element) {
        StringBuilder out = new StringBuilder("quantityElement");
        out.append("epcClass=").append(digitalLink(text(element.get("epcClass"))));
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
            out.append("sensorMetadata");
            ordered(metadata, METADATA, METADATA_SET, out);
        }
        JsonNode reports = element.get("sensorReport");
        if (reports != null) {
            sorted(reports, r -> {
                StringBuilder report = new StringBuilder("sensorReport");
                ordered(r, REPORT, REPORT_SET, report);
                return report.toString();
            }, out);
        }
        extensions(element, SENSOR_ELEMENT, out);
        return out.toString();
    }

    private void ordered(JsonNode node, List<String> order, Set<String> standard, StringBuilder out) {
        for (String name : order) {
            JsonNode value = node.get(name);
            if (value != null) {
                out.append(name).append('=').append(scalar(name, value));
            }
        }
        extensions(node, standard, out);
    }

    private String scalar(String name, JsonNode value) {
        if (value.isNumber()) {
            return number(value);
        }
        String text = text(value);
        return switch (name) {
            case "time", "startTime", "endTime" -> utc(text);
            case "deviceID", "deviceMetadata", "rawData", "microorganism", "chemicalSubstance" -> digitalLink(text);
            default -> text;
        };
    }

    /** Extension fields (names with a prefix or a full URI) as {namespace}name=value, sorted. */
    private void extensions(JsonNode node, Set<String> standard, StringBuilder out) {
        List<String> parts = null;
        for (var entry : node.properties()) {
            if (!standard.contains(entry.getKey()) && !ORDERED.contains(entry.getKey())) {
                if (parts == null) {
                    parts = new ArrayList<>();
                }
                parts.add(extension(expand(entry.getKey()), entry.getValue()));
            }
        }
        if (parts != null) {
            parts.sort(null);
            parts.forEach(out::append);
        }
    }

    private String extension(String name, JsonNode value) {
        if (value.isObject()) {
            StringBuilder out = new StringBuilder(name);
            extensions(value, Set.of(), out);
            return out.toString();
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

    /** The elements' forms in sorted order (one element needs no list). */
    private static void sorted(JsonNode list, java.util.function.Function<JsonNode, String> element, StringBuilder out) {
        int size = list.size();
        if (size == 1) {
            list.values().forEach(v -> out.append(element.apply(v)));
            return;
        }
        if (size == 0) {
            return;
        }
        List<String> parts = new ArrayList<>(size);
        list.values().forEach(v -> parts.add(element.apply(v)));
        parts.sort(null);
        parts.forEach(out::append);
    }

    private static String vocabulary(String kind, String value, Set<String> standard) {
        return standard.contains(value) ? CBV + kind + "-" + value : value;
    }

    private static void vocabulary(String kind, String value, Set<String> standard, StringBuilder out) {
        if (standard.contains(value)) {
            out.append(CBV).append(kind).append('-');
        }
        out.append(value);
    }

    /** EPC URNs as Digital Link (only URNs under urn:epc: change). */
    private static String digitalLink(String uri) {
        return uri.startsWith("urn:epc:") ? Identifiers.toDigitalLink(uri) : uri;
    }

    private static String number(JsonNode value) {
        return new BigDecimal(value.asString()).stripTrailingZeros().toPlainString();
    }

    private static String utc(String time) {
        StringBuilder out = new StringBuilder(24);
        utc(time, out);
        return out.toString();
    }

    /** The time in UTC with milliseconds (yyyy-MM-ddTHH:mm:ss.SSSZ), or as given when it is not a time. */
    private static void utc(String time, StringBuilder out) {
        if (time == null) {
            return;
        }
        java.time.LocalDateTime t;
        try {
            t = Rfc3339.parse(time).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (RuntimeException e) {
            out.append(time);
            return;
        }
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            out.append(t.atOffset(ZoneOffset.UTC).format(UTC_MILLIS));
            return;
        }
        out.append(t.getYear()).append('-');
        two(t.getMonthValue(), out);
        out.append('-');
        two(t.getDayOfMonth(), out);
        out.append('T');
        two(t.getHour(), out);
        out.append(':');
        two(t.getMinute(), out);
        out.append(':');
        two(t.getSecond(), out);
        int millis = t.getNano() / 1_000_000;
        out.append('.').append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10))
                .append((char) ('0' + millis % 10)).append('Z');
    }

    private static void two(int value, StringBuilder out) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static String text(JsonNode node) {
        return node == null ? "" : node.asString().strip();
    }

    private static String sha256(String text) {
        MessageDigest sha256 = SHA_256.get();
        sha256.reset();
        byte[] digest = sha256.digest(text.getBytes(StandardCharsets.UTF_8));
        byte[] hex = new byte[64];
        for (int i = 0; i < digest.length; i++) {
            hex[2 * i] = HEX[(digest[i] >> 4) & 0xF];
            hex[2 * i + 1] = HEX[digest[i] & 0xF];
        }
        return new String(hex, StandardCharsets.ISO_8859_1);
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

    /** One digest per thread, reset before each use. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
