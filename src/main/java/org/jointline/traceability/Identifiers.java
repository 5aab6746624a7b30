package org.jointline.traceability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * How Jointline names things in EPCIS: serialised units and lots of items with a GTIN as GS1 Digital
 * Link URIs, everything else as stable URNs under {@code urn:jointline:}; and the conversion of EPC
 * URNs (sgtin, lgtin, sgln, sscc) to Digital Link for the canonical event hash.
 */
public final class Identifiers {

    private static final String DIGITAL_LINK = "https://id.gs1.org";

    private Identifiers() {
    }

    /** A serialised unit: SGTIN as Digital Link when the item has a GTIN, else a URN by item. */
    public static String serial(String gtin, UUID item, String serial) {
        return gtin != null ? DIGITAL_LINK + "/01/" + gtin14(gtin) + "/21/" + encode(serial)
                : "urn:jointline:serial:" + item + ":" + encode(serial);
    }

    /** A lot (batch): LGTIN as Digital Link when the item has a GTIN, else a URN by item. */
    public static String lot(String gtin, UUID item, String lot) {
        return gtin != null ? DIGITAL_LINK + "/01/" + gtin14(gtin) + "/10/" + encode(lot)
                : "urn:jointline:lot:" + item + ":" + encode(lot);
    }

    /** A class of items without lot (quantity events). */
    public static String itemClass(String gtin, UUID item) {
        return gtin != null ? DIGITAL_LINK + "/01/" + gtin14(gtin) : "urn:jointline:item:" + item;
    }

    /**
     * SQL {@code LIKE} patterns matching every identifier of an item: its serials, lots and class, by URN
     * and (with a GTIN) as Digital Link. Item IDs and GTINs hold no {@code %} or {@code _}.
     */
    public static java.util.List<String> patterns(String gtin, UUID item) {
        java.util.List<String> patterns = new java.util.ArrayList<>(java.util.List.of("urn:jointline:serial:" + item + ":%",
                "urn:jointline:lot:" + item + ":%", "urn:jointline:item:" + item));
        if (gtin != null) {
            patterns.add(DIGITAL_LINK + "/01/" + gtin14(gtin));
            patterns.add(DIGITAL_LINK + "/01/" + gtin14(gtin) + "/%");
        }
        return patterns;
    }

    public static String facility(UUID facility) {
        return "urn:jointline:facility:" + facility;
    }

    public static String organisation(UUID organisation) {
        return "urn:jointline:organisation:" + organisation;
    }

    /** A business document of a module, such as a shipment, receipt or work order. */
    public static String document(String kind, UUID id) {
        return "urn:jointline:" + kind + ":" + id;
    }

    /** A business document known by its number or reference text (purchase order, receipt, work order). */
    public static String reference(String reference) {
        return "urn:jointline:ref:" + encode(reference.strip());
    }

    /** The transformation a work order (or any production reference) performs: inputs in, units out. */
    public static String transformation(String reference) {
        return "urn:jointline:transformation:" + encode(reference.strip());
    }

    public static String location(UUID location) {
        return "urn:jointline:location:" + location;
    }

    /** The organisation a {@link #organisation(UUID)} URN names, or null. */
    public static UUID organisationOf(String uri) {
        String prefix = "urn:jointline:organisation:";
        if (uri == null || !uri.startsWith(prefix)) {
            return null;
        }
        try {
            return UUID.fromString(uri.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The facility a {@link #facility(UUID)} URN names, or null. */
    public static UUID facilityOf(String uri) {
        String prefix = "urn:jointline:facility:";
        if (uri == null || !uri.startsWith(prefix)) {
            return null;
        }
        try {
            return UUID.fromString(uri.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** EPC pure-identity URNs as GS1 Digital Link; anything else unchanged. */
    public static String toDigitalLink(String uri) {
        try {
            if (uri.startsWith("urn:epc:id:sgtin:")) {
                String[] p = uri.substring(17).split("\\.", 3);
                return DIGITAL_LINK + "/01/" + gtin(p[0], p[1]) + "/21/" + p[2];
            }
            if (uri.startsWith("urn:epc:class:lgtin:")) {
                String[] p = uri.substring(20).split("\\.", 3);
                return DIGITAL_LINK + "/01/" + gtin(p[0], p[1]) + "/10/" + p[2];
            }
            if (uri.startsWith("urn:epc:idpat:sgtin:")) {
                String[] p = uri.substring(20).split("\\.", 3);
                return p[2].equals("*") ? DIGITAL_LINK + "/01/" + gtin(p[0], p[1]) : uri;
            }
            if (uri.startsWith("urn:epc:id:sgln:")) {
                String[] p = uri.substring(16).split("\\.", 3);
                String gln = withCheckDigit(p[0] + p[1]);
                return DIGITAL_LINK + "/414/" + gln + (p.length < 3 || p[2].equals("0") ? "" : "/254/" + p[2]);
            }
            if (uri.startsWith("urn:epc:id:pgln:")) {
                String[] p = uri.substring(16).split("\\.", 2);
                return DIGITAL_LINK + "/417/" + withCheckDigit(p[0] + p[1]);
            }
            if (uri.startsWith("urn:epc:id:grai:")) {
                String[] p = uri.substring(16).split("\\.", 3);
                return DIGITAL_LINK + "/8003/0" + withCheckDigit(p[0] + p[1]) + p[2];
            }
            if (uri.startsWith("urn:epc:id:giai:")) {
                String[] p = uri.substring(16).split("\\.", 2);
                return DIGITAL_LINK + "/8004/" + p[0] + p[1];
            }
            if (uri.startsWith("urn:epc:id:sscc:")) {
                String[] p = uri.substring(16).split("\\.", 2);
                return DIGITAL_LINK + "/00/" + withCheckDigit(p[1].charAt(0) + p[0] + p[1].substring(1));
            }
        } catch (RuntimeException e) {
            return uri;
        }
        return uri;
    }

    private static String gtin(String companyPrefix, String indicatorAndItem) {
        return withCheckDigit(indicatorAndItem.charAt(0) + companyPrefix + indicatorAndItem.substring(1));
    }

    private static String gtin14(String gtin) {
        return "0".repeat(Math.max(0, 14 - gtin.length())) + gtin;
    }

    /** GS1 mod-10 check digit appended. */
    static String withCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? d * 3 : d;
        }
        return digits + (10 - sum % 10) % 10;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
