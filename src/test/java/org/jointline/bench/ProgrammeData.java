package org.jointline.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A programme-scale data set, generated deterministically for benchmarks of any module: facilities,
 * items with GTINs, a drone's BOM (10 serialised components, 3 lot-tracked), lots, serials, units, and
 * the EPCIS 2.0 events a year of production makes (receipts, commissioning, installs, lot consumption,
 * tests, completion, acceptance, shipping: about 19 per unit).
 *
 * <p>Size by name: {@code small} (2,000 units, CI), {@code medium} (50,000 units, about 1 million
 * events), {@code year} (3 million units, about 58 million events), or a number of units.
 */
public final class ProgrammeData {

    public static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");

    /** A serialised or lot-tracked component of the drone, how many per unit, and how big its lots are. */
    public record Part(String number, String gtin, boolean serialised, int perUnit, int lotSize) {
    }

    public record Facility(String code, String urn) {
    }

    private static final List<Part> BOM = List.of(
            new Part("MOTOR-2306", "09520000000011", true, 4, 0),
            new Part("ESC-4IN1", "09520000000028", true, 1, 0),
            new Part("FC-F7", "09520000000035", true, 1, 0),
            new Part("CAM-NIGHT", "09520000000042", true, 1, 0),
            new Part("VTX-58", "09520000000059", true, 1, 0),
            new Part("GPS-M10", "09520000000066", true, 1, 0),
            new Part("RX-ELRS", "09520000000073", true, 1, 0),
            new Part("FRAME-7", "09520000000080", false, 1, 500),
            new Part("PROP-7X4", "09520000000097", false, 4, 2_000),
            new Part("BATT-6S", "09520000000103", false, 1, 400));
    private static final String DRONE_GTIN = "09520000000110";

    private final int units;
    private final List<Facility> facilities = new ArrayList<>();
    private final String owner;
    private final String customer;

    public ProgrammeData(int units, String ownerUrn, String customerUrn) {
        this.units = units;
        this.owner = ownerUrn;
        this.customer = customerUrn;
        int count = Math.max(2, Math.min(12, units / 50_000 + 2));
        for (int f = 0; f < count; f++) {
            facilities.add(new Facility("PLANT-" + (f + 1), "urn:jointline:facility:bench-plant-" + (f + 1)));
        }
    }

    /** Units for a size name or a number. */
    public static int units(String size) {
        return switch (size.toLowerCase(Locale.ROOT)) {
            case "small" -> 2_000;
            case "medium" -> 50_000;
            case "year" -> 3_000_000;
            default -> Integer.parseInt(size.replace("_", ""));
        };
    }

    public int units() {
        return units;
    }

    public List<Part> bom() {
        return BOM;
    }

    public List<Facility> facilities() {
        return facilities;
    }

    public String unit(int i) {
        return "https://id.gs1.org/01/" + DRONE_GTIN + "/21/U" + i;
    }

    public String serial(Part part, int unit, int k) {
        return "https://id.gs1.org/01/" + part.gtin() + "/21/" + part.number() + "-" + unit + "-" + k;
    }

    public String lot(Part part, int unit) {
        return "https://id.gs1.org/01/" + part.gtin() + "/10/L" + (unit / part.lotSize());
    }

    /** Every event of the programme, in order of production, as EPCIS JSON objects (text), in batches. */
    public void events(int batchSize, Consumer<List<String>> batches) {
        List<String> batch = new ArrayList<>(batchSize);
        Consumer<String> out = event -> {
            batch.add(event);
            if (batch.size() == batchSize) {
                batches.accept(List.copyOf(batch));
                batch.clear();
            }
        };
        Duration step = Duration.ofMillis(365L * 24 * 3600 * 1000 / Math.max(1, units));
        Random random = new Random(42);
        for (int i = 0; i < units; i++) {
            Instant at = YEAR_START.plus(step.multipliedBy(i));
            Facility plant = facilities.get(i % facilities.size());
            receipts(i, at.minusSeconds(3600), plant, out);
            String unit = unit(i);
            out.accept(object("ADD", List.of(unit), "commissioning", "active", at, plant, null));
            int second = 1;
            for (Part part : BOM) {
                if (part.serialised()) {
                    for (int k = 0; k < part.perUnit(); k++) {
                        out.accept(aggregation(unit, serial(part, i, k), at.plusSeconds(second++), plant));
                    }
                } else {
                    out.accept(transformation(lot(part, i), part.perUnit(), unit, at.plusSeconds(second++), plant));
                }
            }
            out.accept(object("OBSERVE", List.of(unit), "inspecting", "conformant", at.plusSeconds(60), plant, null));
            out.accept(object("OBSERVE", List.of(unit), "inspecting", random.nextInt(50) == 0 ? "non_conformant" : "conformant",
                    at.plusSeconds(90), plant, null));
            out.accept(object("OBSERVE", List.of(unit), "inspecting", "completeness_verified", at.plusSeconds(120), plant, null));
            out.accept(object("OBSERVE", List.of(unit), "accepting", "conformant", at.plusSeconds(3600), plant, null));
            out.accept(object("OBSERVE", List.of(unit), "shipping", "in_transit", at.plusSeconds(7200), plant, customer));
        }
        if (!batch.isEmpty()) {
            batches.accept(List.copyOf(batch));
        }
    }

    /** Serials arrive in boxes of 100 units' worth; lots when the previous one is used up. */
    private void receipts(int i, Instant at, Facility plant, Consumer<String> out) {
        for (Part part : BOM) {
            if (part.serialised() && i % 100 == 0) {
                List<String> serials = new ArrayList<>();
                for (int u = i; u < Math.min(units, i + 100); u++) {
                    for (int k = 0; k < part.perUnit(); k++) {
                        serials.add(serial(part, u, k));
                    }
                }
                out.accept(object("OBSERVE", serials, "receiving", "available", at, plant, null));
            } else if (!part.serialised() && i % part.lotSize() == 0) {
                out.accept("{\"type\":\"ObjectEvent\",\"eventTime\":\"" + TIME.format(at)
                        + "\",\"eventTimeZoneOffset\":\"+00:00\",\"action\":\"OBSERVE\",\"bizStep\":\"receiving\","
                        + "\"disposition\":\"available\",\"epcList\":[],\"quantityList\":[{\"epcClass\":\"" + lot(part, i)
                        + "\",\"quantity\":" + part.lotSize() * part.perUnit() + "}],\"bizLocation\":{\"id\":\"" + plant.urn()
                        + "\"},\"sourceList\":[{\"type\":\"owning_party\",\"source\":\"urn:jointline:organisation:bench-supplier\"}]}");
            }
        }
    }

    private String object(String action, List<String> epcs, String step, String disposition, Instant at, Facility plant,
                          String destination) {
        StringBuilder json = new StringBuilder(256).append("{\"type\":\"ObjectEvent\",\"eventTime\":\"").append(TIME.format(at))
                .append("\",\"eventTimeZoneOffset\":\"+00:00\",\"action\":\"").append(action).append("\",\"bizStep\":\"")
                .append(step).append("\",\"disposition\":\"").append(disposition).append("\",\"epcList\":[");
        for (int e = 0; e < epcs.size(); e++) {
            json.append(e == 0 ? "\"" : ",\"").append(epcs.get(e)).append('"');
        }
        json.append("],\"bizLocation\":{\"id\":\"").append(plant.urn()).append("\"}");
        if (destination != null) {
            json.append(",\"sourceList\":[{\"type\":\"owning_party\",\"source\":\"").append(owner)
                    .append("\"}],\"destinationList\":[{\"type\":\"owning_party\",\"destination\":\"").append(destination).append("\"}]");
        }
        return json.append('}').toString();
    }

    private static String aggregation(String unit, String child, Instant at, Facility plant) {
        return "{\"type\":\"AggregationEvent\",\"eventTime\":\"" + TIME.format(at)
                + "\",\"eventTimeZoneOffset\":\"+00:00\",\"action\":\"ADD\",\"bizStep\":\"installing\","
                + "\"disposition\":\"in_progress\",\"parentID\":\"" + unit + "\",\"childEPCs\":[\"" + child
                + "\"],\"bizLocation\":{\"id\":\"" + plant.urn() + "\"}}";
    }

    private static String transformation(String lot, int quantity, String unit, Instant at, Facility plant) {
        return "{\"type\":\"TransformationEvent\",\"eventTime\":\"" + TIME.format(at)
                + "\",\"eventTimeZoneOffset\":\"+00:00\",\"bizStep\":\"assembling\",\"disposition\":\"in_progress\","
                + "\"inputQuantityList\":[{\"epcClass\":\"" + lot + "\",\"quantity\":" + quantity + "}],"
                + "\"outputEPCList\":[\"" + unit + "\"],\"bizLocation\":{\"id\":\"" + plant.urn() + "\"}}";
    }

    /** An EPCIS document around a batch of events. */
    public static String document(List<String> events) {
        StringBuilder json = new StringBuilder(events.size() * 400 + 300)
                .append("{\"@context\":[\"").append(CONTEXT).append("\"],\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",")
                .append("\"creationDate\":\"2026-11-22T00:00:00Z\",\"epcisBody\":{\"eventList\":[");
        for (int i = 0; i < events.size(); i++) {
            json.append(i == 0 ? "" : ",").append(events.get(i));
        }
        return json.append("]}}").toString();
    }
}
