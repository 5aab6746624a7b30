package org.jointline.supply.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GS1 Digital Link URIs (GS1 Digital Link standard 1.x) for serialized units and lots of an item with a GTIN. */
public final class DigitalLinks {

    public static final String RESOLVER = "https://id.gs1.org";
    /** GS1 AI 21 / AI 10: up to 20 characters of the GS1 AI encodable character set 82. */
    private static final Pattern AI_SERIAL = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]{1,20}");
    private static final Pattern LINK = Pattern.compile("^https?://[^/]+(?:/.*)?/01/(\\d{14})/(21|10)/([^/?#]+)");

    private DigitalLinks() {
    }

    public static boolean validSerial(String serial) {
        return AI_SERIAL.matcher(serial).matches();
    }

    public static String gtin14(String gtin) {
        return "0".repeat(14 - gtin.length()) + gtin;
    }

    public static String serial(String gtin, String serial) {
        return RESOLVER + "/01/" + gtin14(gtin) + "/21/" + encode(serial);
    }

    public static String lot(String gtin, String lot) {
        return RESOLVER + "/01/" + gtin14(gtin) + "/10/" + encode(lot);
    }

    /** The serial (or lot) named by a Digital Link URI, if the text is one. */
    public static Optional<String> keyOf(String text) {
        Matcher m = LINK.matcher(text.strip());
        return m.find() ? Optional.of(URLDecoder.decode(m.group(3), StandardCharsets.UTF_8)) : Optional.empty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
