package org.jointline.traceability.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jointline.traceability.Violation;
import tools.jackson.databind.JsonNode;

/**
 * The rules of GS1's EPCIS 2.0 JSON schema and of the standard's text, encoded in code (see ADR 0009:
 * the schema file is GS1's normative artefact and is not shipped; tests hold these rules against it).
 * Every violation names the event's index and the field as a JSON pointer.
 */
public final class EpcisRules {

    public static final Set<String> EVENT_TYPES = Set.of("ObjectEvent", "AggregationEvent", "TransactionEvent",
            "TransformationEvent", "AssociationEvent");
    public static final Set<String> ACTIONS = Set.of("ADD", "OBSERVE", "DELETE");
    public static final Set<String> BIZ_STEPS = Set.of("accepting", "arriving", "assembling", "collecting",
            "commissioning", "consigning", "creating_class_instance", "cycle_counting", "decommissioning", "departing",
            "destroying", "disassembling", "dispensing", "encoding", "entering_exiting", "holding", "inspecting",
            "installing", "killing", "loading", "other", "packing", "picking", "receiving", "removing", "repackaging",
            "repairing", "replacing", "reserving", "retail_selling", "shipping", "staging_outbound", "stock_taking",
            "stocking", "storing", "transporting", "unloading", "unpacking", "void_shipping", "sensor_reporting",
            "sampling");
    public static final Set<String> DISPOSITIONS = Set.of("active", "container_closed", "damaged", "destroyed",
            "dispensed", "disposed", "encoded", "expired", "in_progress", "in_transit", "inactive", "no_pedigree_match",
            "non_sellable_other", "partially_dispensed", "recalled", "reserved", "retail_sold", "returned",
            "sellable_accessible", "sellable_not_accessible", "stolen", "unknown", "available", "completeness_verified",
            "completeness_inferred", "conformant", "container_open", "mismatch_instance", "mismatch_class",
            "mismatch_quantity", "needs_replacement", "non_conformant", "unavailable");
    static final Set<String> BIZ_TRANSACTION_TYPES = Set.of("bol", "cert", "desadv", "inv", "pedigree", "po", "poc",
            "prodorder", "recadv", "rma", "testprd", "testres", "upevt");
    static final Set<String> SOURCE_DEST_TYPES = Set.of("owning_party", "possessing_party", "location");
    static final Set<String> ERROR_REASONS = Set.of("did_not_occur", "incorrect_data");

    private static final Set<String> COMMON = Set.of("@context", "type", "eventTime", "recordTime",
            "eventTimeZoneOffset", "eventID", "certificationInfo", "errorDeclaration");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "ObjectEvent", Set.of("action", "epcList", "quantityList", "bizStep", "disposition",
                    "persistentDisposition", "readPoint", "bizLocation", "bizTransactionList", "sourceList",
                    "destinationList", "sensorElementList", "ilmd"),
            "AggregationEvent", Set.of("parentID", "childEPCs", "childQuantityList", "action", "bizStep",
                    "disposition", "readPoint", "bizLocation", "bizTransactionList", "sourceList", "destinationList",
                    "sensorElementList"),
            "TransactionEvent", Set.of("bizTransactionList", "parentID", "epcList", "quantityList", "action",
                    "bizStep", "disposition", "readPoint", "bizLocation", "sourceList", "destinationList",
                    "sensorElementList"),
            "TransformationEvent", Set.of("inputEPCList", "inputQuantityList", "outputEPCList",
                    "outputQuantityList", "transformationID", "bizStep", "disposition", "persistentDisposition",
                    "readPoint", "bizLocation", "bizTransactionList", "sourceList", "destinationList",
                    "sensorElementList", "ilmd"),
            "AssociationEvent", Set.of("parentID", "childEPCs", "childQuantityList", "action", "bizStep",
                    "disposition", "readPoint", "bizLocation", "bizTransactionList", "sourceList", "destinationList",
                    "sensorElementList"));
    private static final Set<String> DOCUMENT_FIELDS = Set.of("@context", "id", "type", "schemaVersion",
            "creationDate", "instanceIdentifier", "sender", "receiver", "epcisHeader", "epcisBody");
    private static final Set<String> SENSOR_METADATA = Set.of("time", "deviceID", "deviceMetadata", "rawData",
            "startTime", "endTime", "dataProcessingMethod", "bizRules");
    private static final Set<String> SENSOR_REPORT = Set.of("type", "exception", "deviceID", "deviceMetadata",
            "rawData", "dataProcessingMethod", "bizRules", "time", "microorganism", "chemicalSubstance",
            "coordinateReferenceSystem", "value", "component", "stringValue", "booleanValue", "hexBinaryValue",
            "uriValue", "minValue", "maxValue", "meanValue", "sDev", "percRank", "percValue", "uom");
    private static final Set<String> SENSOR_NUMBERS = Set.of("value", "minValue", "maxValue", "meanValue", "sDev",
            "percRank", "percValue");
    private static final Pattern CBV_URI = Pattern.compile("^(urn:epcglobal:cbv|https?://ns\\.gs1\\.org/cbv/)");
    private static final Pattern OFFSET = Pattern.compile("^[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00)$");
    private static final Pattern UOM = Pattern.compile("^[A-Z0-9]{2,3}$");
    private static final Pattern VERSION = Pattern.compile("^\\d+(\\.\\d+)*$");

    private final List<Violation> violations = new ArrayList<>();
    private Integer index;

    private EpcisRules() {
    }

    /** Every violation of an EPCISDocument (or EPCISQueryDocument) as captured. */
    public static List<Violation> document(JsonNode document) {
        EpcisRules rules = new EpcisRules();
        rules.checkDocument(document);
        return rules.violations;
    }

    /** Every violation of one event as posted alone (it must carry its own @context). */
    public static List<Violation> singleEvent(JsonNode event) {
        EpcisRules rules = new EpcisRules();
        if (!event.isObject()) {
            rules.add("", "must be a JSON object");
            return rules.violations;
        }
        rules.index = 0;
        rules.context(event.get("@context"), "/@context");
        rules.event(event, "");
        return rules.violations;
    }

    /** Violations of one event of a document, with the index it has in the document's eventList. */
    public static List<Violation> event(JsonNode event, int index) {
        EpcisRules rules = new EpcisRules();
        rules.index = index;
        rules.event(event, "/epcisBody/eventList/" + index);
        return rules.violations;
    }

    /** A URI as the schema's pattern {@code ^[A-Za-z][A-Za-z0-9+.-]*:\\S+$} says, checked without a regex. */
    public static boolean isUri(String value) {
        if (value == null || value.isEmpty() || !letter(value.charAt(0))) {
            return false;
        }
        int n = value.length();
        int i = 1;
        while (i < n && schemeChar(value.charAt(i))) {
            i++;
        }
        if (i >= n - 1 || value.charAt(i) != ':') {
            return false;
        }
        for (int j = i + 1; j < n; j++) {
            char c = value.charAt(j);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean letter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean schemeChar(char c) {
        return letter(c) || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-';
    }

    public static boolean isTime(String value) {
        if (value == null) {
            return false;
        }
        try {
            Rfc3339.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private void checkDocument(JsonNode document) {
        if (document == null || !document.isObject()) {
            add("", "an EPCIS document must be a JSON object");
            return;
        }
        context(document.get("@context"), "/@context");
        String type = text(document, "type");
        if (!"EPCISDocument".equals(type) && !"EPCISQueryDocument".equals(type)) {
            add("/type", "must be EPCISDocument or EPCISQueryDocument");
        }
        String version = text(document, "schemaVersion");
        if (version == null || !VERSION.matcher(version).matches()) {
            add("/schemaVersion", "is required, a version such as 2.0");
        }
        if (!isTime(text(document, "creationDate"))) {
            add("/creationDate", "is required, a date-time with offset (RFC 3339)");
        }
        if ("EPCISDocument".equals(type)) {
            for (String name : document.propertyNames()) {
                if (!DOCUMENT_FIELDS.contains(name) && !isUri(name)) {
                    add("/" + name, "is not a field of an EPCIS document and not a namespaced extension");
                }
            }
        }
        JsonNode list = eventList(document);
        String listPath = "EPCISQueryDocument".equals(type) ? "/epcisBody/queryResults/resultsBody/eventList"
                : "/epcisBody/eventList";
        if (list == null || !list.isArray()) {
            add(listPath, "is required, an array of events");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            index = i;
            event(list.get(i), listPath + "/" + i);
        }
        index = null;
    }

    /** The eventList of either kind of document, or null. */
    public static JsonNode eventList(JsonNode document) {
        JsonNode body = document.get("epcisBody");
        if (body == null) {
            return null;
        }
        JsonNode results = body.get("queryResults");
        if (results != null) {
            JsonNode resultsBody = results.get("resultsBody");
            return resultsBody == null ? null : resultsBody.get("eventList");
        }
        return body.get("eventList");
    }

    private void context(JsonNode context, String path) {
        if (context == null) {
            add(path, "is required: a JSON-LD @context naming https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");
            return;
        }
        if (context.isArray()) {
            Set<String> seen = new HashSet<>();
            for (JsonNode entry : context.values()) {
                if (entry.isString() && !isUri(entry.stringValue()) || !entry.isString() && !entry.isObject()) {
                    add(path, "entries must be URIs or objects");
                } else if (!seen.add(entry.toString())) {
                    add(path, "entries must be unique");
                }
            }
        } else if (!(context.isObject() || context.isString() && isUri(context.stringValue()))) {
            add(path, "must be a URI, an object or an array of them");
        }
    }

    private void event(JsonNode event, String path) {
        if (event == null || !event.isObject()) {
            add(path, "an event must be a JSON object");
            return;
        }
        String type = text(event, "type");
        if (type == null) {
            add(path + "/type", "is required");
            return;
        }
        if (!EVENT_TYPES.contains(type)) {
            if (!isUri(type)) {
                add(path + "/type", "unknown event type " + type);
                return;
            }
        }
        time(event, "eventTime", path, true);
        time(event, "recordTime", path, false);
        String offset = text(event, "eventTimeZoneOffset");
        if (offset == null) {
            add(path + "/eventTimeZoneOffset", "is required, such as +02:00");
        } else if (!OFFSET.matcher(offset).matches()) {
            add(path + "/eventTimeZoneOffset", "must be a UTC offset between -13:59 and +14:00, such as +02:00");
        }
        uriIf(event, "eventID", path);
        certificationInfo(event.get("certificationInfo"), path + "/certificationInfo");
        errorDeclaration(event.get("errorDeclaration"), path + "/errorDeclaration");
        if (!EVENT_TYPES.contains(type)) {
            return;
        }
        Set<String> allowed = FIELDS.get(type);
        for (String name : event.propertyNames()) {
            if (!COMMON.contains(name) && !allowed.contains(name) && !isUri(name)) {
                add(path + "/" + name, "is not a field of " + type + " and not a namespaced extension (prefix:name)");
            }
        }
        String action = text(event, "action");
        if (!"TransformationEvent".equals(type)) {
            if (action == null) {
                add(path + "/action", "is required, one of ADD, OBSERVE, DELETE");
            } else if (!ACTIONS.contains(action)) {
                add(path + "/action", "unknown action " + action + ": must be ADD, OBSERVE or DELETE");
            }
        }
        vocabulary(event, "bizStep", BIZ_STEPS, path);
        vocabulary(event, "disposition", DISPOSITIONS, path);
        persistentDisposition(event.get("persistentDisposition"), path + "/persistentDisposition");
        place(event, "readPoint", path);
        place(event, "bizLocation", path);
        bizTransactions(event.get("bizTransactionList"), path + "/bizTransactionList",
                "TransactionEvent".equals(type));
        sourceDestinations(event.get("sourceList"), path + "/sourceList", "source");
        sourceDestinations(event.get("destinationList"), path + "/destinationList", "destination");
        sensorElements(event.get("sensorElementList"), path + "/sensorElementList");
        extension(event.get("ilmd"), path + "/ilmd");
        if (event.has("ilmd") && action != null && !"ADD".equals(action)) {
            add(path + "/ilmd", "is only allowed with action ADD");
        }
        switch (type) {
            case "ObjectEvent" -> objectEvent(event, path);
            case "AggregationEvent", "AssociationEvent" -> parentChild(event, path, type, action);
            case "TransactionEvent" -> {
                uriIf(event, "parentID", path);
                epcs(event.get("epcList"), path + "/epcList", 0);
                quantities(event.get("quantityList"), path + "/quantityList", 0);
                if (!event.has("epcList") && !event.has("quantityList")) {
                    add(path + "/epcList", "a TransactionEvent needs an epcList or a quantityList");
                }
            }
            default -> transformation(event, path);
        }
    }

    private void objectEvent(JsonNode event, String path) {
        epcs(event.get("epcList"), path + "/epcList", 0);
        quantities(event.get("quantityList"), path + "/quantityList", 0);
        boolean sensorsAtReadPoint = nonEmpty(event.get("sensorElementList")) && event.has("readPoint");
        boolean quantities = nonEmpty(event.get("quantityList"));
        if (!event.has("epcList") && !quantities && !sensorsAtReadPoint) {
            add(path + "/epcList", "an ObjectEvent needs an epcList, a quantityList, or sensor data at a readPoint");
        }
    }

    private void parentChild(JsonNode event, String path, String type, String action) {
        uriIf(event, "parentID", path);
        epcs(event.get("childEPCs"), path + "/childEPCs", 0);
        quantities(event.get("childQuantityList"), path + "/childQuantityList", 0);
        if (!nonEmpty(event.get("childEPCs")) && !nonEmpty(event.get("childQuantityList")) && !"DELETE".equals(action)) {
            add(path + "/childEPCs", "a " + type + " needs childEPCs or a childQuantityList");
        }
        boolean parentRequired = "AssociationEvent".equals(type) || !"OBSERVE".equals(action);
        if (parentRequired && !event.has("parentID")) {
            add(path + "/parentID", "is required for a " + type + (action == null ? "" : " with action " + action));
        }
    }

    private void transformation(JsonNode event, String path) {
        epcs(event.get("inputEPCList"), path + "/inputEPCList", 0);
        epcs(event.get("outputEPCList"), path + "/outputEPCList", 0);
        quantities(event.get("inputQuantityList"), path + "/inputQuantityList", 0);
        quantities(event.get("outputQuantityList"), path + "/outputQuantityList", 0);
        uriIf(event, "transformationID", path);
        boolean inputs = nonEmpty(event.get("inputEPCList")) || nonEmpty(event.get("inputQuantityList"));
        boolean outputs = nonEmpty(event.get("outputEPCList")) || nonEmpty(event.get("outputQuantityList"));
        if (!(inputs && outputs) && !((inputs || outputs) && event.has("transformationID"))) {
            add(path + "/inputEPCList", "a TransformationEvent needs inputs and outputs, or a transformationID with either");
        }
    }

    private void time(JsonNode event, String field, String path, boolean required) {
        JsonNode value = event.get(field);
        if (value == null) {
            if (required) {
                add(path + "/" + field, "is required, a date-time with offset such as 2026-07-22T06:45:00+02:00");
            }
        } else if (!value.isString() || !isTime(value.stringValue())) {
            add(path + "/" + field, "malformed time " + value + ": must be a date-time with offset (RFC 3339)");
        }
    }

    private void vocabulary(JsonNode event, String field, Set<String> standard, String path) {
        JsonNode value = event.get(field);
        if (value != null) {
            vocabularyValue(value, standard, path + "/" + field, field);
        }
    }

    private void vocabularyValue(JsonNode value, Set<String> standard, String path, String what) {
        String text = value.isString() ? value.stringValue() : null;
        if (text == null) {
            add(path, "must be a string");
        } else if (!standard.contains(text) && !(isUri(text) && !CBV_URI.matcher(text).find())) {
            add(path, "non-standard " + what + " " + text + ": use a CBV 2.0 value or your own URI");
        }
    }

    private void persistentDisposition(JsonNode value, String path) {
        if (value == null) {
            return;
        }
        if (!value.isObject() || !value.has("set") && !value.has("unset")) {
            add(path, "must be an object with set and/or unset");
            return;
        }
        for (String name : value.propertyNames()) {
            JsonNode list = value.get(name);
            if (!Set.of("set", "unset").contains(name)) {
                add(path + "/" + name, "is not allowed");
            } else if (!list.isArray() || list.isEmpty()) {
                add(path + "/" + name, "must be a non-empty array of dispositions");
            } else {
                int i = 0;
                for (JsonNode d : list.values()) {
                    vocabularyValue(d, DISPOSITIONS, path + "/" + name + "/" + i++, "disposition");
                }
            }
        }
    }

    private void place(JsonNode event, String field, String path) {
        JsonNode value = event.get(field);
        if (value == null) {
            return;
        }
        if (!value.isObject() || !isUri(text(value, "id"))) {
            add(path + "/" + field + "/id", "is required, a URI");
        }
    }

    private void bizTransactions(JsonNode list, String path, boolean required) {
        if (list == null) {
            if (required) {
                add(path, "is required for a TransactionEvent");
            }
            return;
        }
        if (!list.isArray() || required && list.isEmpty()) {
            add(path, "must be an array" + (required ? " with at least one business transaction" : ""));
            return;
        }
        int i = 0;
        for (JsonNode entry : list.values()) {
            String at = path + "/" + i++;
            if (!entry.isObject() || !isUri(text(entry, "bizTransaction"))) {
                add(at + "/bizTransaction", "is required, a URI");
                continue;
            }
            for (String name : entry.propertyNames()) {
                if (!Set.of("type", "bizTransaction").contains(name)) {
                    add(at + "/" + name, "is not allowed in a business transaction");
                }
            }
            if (entry.has("type")) {
                vocabularyValue(entry.get("type"), BIZ_TRANSACTION_TYPES, at + "/type", "business transaction type");
            }
        }
    }

    private void sourceDestinations(JsonNode list, String path, String field) {
        if (list == null) {
            return;
        }
        if (!list.isArray()) {
            add(path, "must be an array");
            return;
        }
        int i = 0;
        for (JsonNode entry : list.values()) {
            String at = path + "/" + i++;
            if (!entry.isObject() || !isUri(text(entry, field))) {
                add(at + "/" + field, "is required, a URI");
                continue;
            }
            if (!entry.has("type")) {
                add(at + "/type", "is required");
            } else {
                vocabularyValue(entry.get("type"), SOURCE_DEST_TYPES, at + "/type", field + " type");
            }
            for (String name : entry.propertyNames()) {
                if (!Set.of("type", field).contains(name)) {
                    add(at + "/" + name, "is not allowed in a " + field);
                }
            }
        }
    }

    private void epcs(JsonNode list, String path, int minimum) {
        if (list == null) {
            return;
        }
        if (!list.isArray() || list.size() < minimum) {
            add(path, "must be an array of URIs");
            return;
        }
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (JsonNode epc : list.values()) {
            if (!epc.isString() || !isUri(epc.stringValue())) {
                add(path + "/" + i, "must be a URI (EPC URN or GS1 Digital Link)");
            } else if (!seen.add(epc.stringValue())) {
                add(path + "/" + i, "duplicate identifier " + epc.stringValue());
            }
            i++;
        }
    }

    private void quantities(JsonNode list, String path, int minimum) {
        if (list == null) {
            return;
        }
        if (!list.isArray() || list.size() < minimum) {
            add(path, "must be an array of quantity elements");
            return;
        }
        int i = 0;
        for (JsonNode element : list.values()) {
            String at = path + "/" + i++;
            if (!element.isObject()) {
                add(at, "must be an object with epcClass, quantity, uom");
                continue;
            }
            for (String name : element.propertyNames()) {
                if (!Set.of("epcClass", "quantity", "uom").contains(name)) {
                    add(at + "/" + name, "unknown field in a quantity element (epcClass, quantity, uom only)");
                }
            }
            if (!isUri(text(element, "epcClass"))) {
                add(at + "/epcClass", "is required, a URI");
            }
            JsonNode quantity = element.get("quantity");
            if (quantity != null && !quantity.isNumber()) {
                add(at + "/quantity", "must be a number, not " + quantity);
            }
            JsonNode uom = element.get("uom");
            if (uom != null && !(uom.isString() && UOM.matcher(uom.stringValue()).matches())) {
                add(at + "/uom", "must be a UN/CEFACT Rec. 20 code such as KGM");
            }
        }
    }

    private void certificationInfo(JsonNode value, String path) {
        if (value == null) {
            return;
        }
        if (value.isString() && isUri(value.stringValue())) {
            return;
        }
        if (value.isArray()) {
            int i = 0;
            for (JsonNode entry : value.values()) {
                if (!entry.isString() || !isUri(entry.stringValue())) {
                    add(path + "/" + i, "must be a URI of a certificate");
                }
                i++;
            }
            return;
        }
        add(path, "must be a URI or an array of URIs");
    }

    private void errorDeclaration(JsonNode value, String path) {
        if (value == null) {
            return;
        }
        if (!value.isObject()) {
            add(path, "must be an object");
            return;
        }
        if (!isTime(text(value, "declarationTime"))) {
            add(path + "/declarationTime", "is required, a date-time with offset");
        }
        if (value.has("reason")) {
            vocabularyValue(value.get("reason"), ERROR_REASONS, path + "/reason", "error reason");
        }
        JsonNode corrective = value.get("correctiveEventIDs");
        if (corrective != null) {
            epcs(corrective, path + "/correctiveEventIDs", 0);
        }
        for (String name : value.propertyNames()) {
            if (!Set.of("declarationTime", "reason", "correctiveEventIDs").contains(name) && !isUri(name)) {
                add(path + "/" + name, "is not a field of an error declaration and not a namespaced extension");
            }
        }
    }

    private void sensorElements(JsonNode list, String path) {
        if (list == null) {
            return;
        }
        if (!list.isArray()) {
            add(path, "must be an array");
            return;
        }
        int i = 0;
        for (JsonNode element : list.values()) {
            String at = path + "/" + i++;
            if (!element.isObject() || !element.has("sensorReport")) {
                add(at + "/sensorReport", "is required");
                continue;
            }
            JsonNode metadata = element.get("sensorMetadata");
            if (metadata != null) {
                namedFields(metadata, SENSOR_METADATA, at + "/sensorMetadata");
            }
            JsonNode reports = element.get("sensorReport");
            if (!reports.isArray() || reports.isEmpty()) {
                add(at + "/sensorReport", "must be a non-empty array");
                continue;
            }
            int r = 0;
            for (JsonNode report : reports.values()) {
                String reportPath = at + "/sensorReport/" + r++;
                namedFields(report, SENSOR_REPORT, reportPath);
                for (String number : SENSOR_NUMBERS) {
                    if (report.has(number) && !report.get(number).isNumber()) {
                        add(reportPath + "/" + number, "must be a number");
                    }
                }
                if (report.has("time") && !isTime(text(report, "time"))) {
                    add(reportPath + "/time", "malformed time");
                }
            }
        }
    }

    private void namedFields(JsonNode node, Set<String> standard, String path) {
        if (!node.isObject()) {
            add(path, "must be an object");
            return;
        }
        for (String name : node.propertyNames()) {
            if (!standard.contains(name) && !isUri(name)) {
                add(path + "/" + name, "is not a standard field and not a namespaced extension");
            }
        }
    }

    private void extension(JsonNode ilmd, String path) {
        if (ilmd == null) {
            return;
        }
        if (!ilmd.isObject()) {
            add(path, "must be an object");
            return;
        }
        for (String name : ilmd.propertyNames()) {
            if (!isUri(name)) {
                add(path + "/" + name, "fields of ilmd must be namespaced (prefix:name)");
            }
        }
    }

    private void uriIf(JsonNode event, String field, String path) {
        JsonNode value = event.get(field);
        if (value != null && !(value.isString() && isUri(value.stringValue()))) {
            add(path + "/" + field, "must be a URI");
        }
    }

    private static boolean nonEmpty(JsonNode list) {
        return list != null && list.isArray() && !list.isEmpty();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    private void add(String field, String message) {
        violations.add(new Violation(index, field.isEmpty() ? "/" : field, message));
    }
}
