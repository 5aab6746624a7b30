package org.jointline.sharing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Canonicalization Scheme (RFC 8785): members sorted by their UTF-16 code units, no white space,
 * strings escaped minimally, numbers as ECMAScript prints a double. Works on plain Java values (maps, lists,
 * strings, numbers, booleans, {@code null}) and on Jackson trees.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case JsonNode node -> write(plain(node), out);
            case String s -> string(s, out);
            case Boolean b -> out.append(b);
            case Number n -> out.append(number(n.doubleValue()));
            case Map<?, ?> map -> object(map, out);
            case Collection<?> list -> {
                out.append('[');
                boolean first = true;
                for (Object element : list) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(element, out);
                }
                out.append(']');
            }
            default -> string(value.toString(), out);
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out) {
        List<String> keys = new ArrayList<>();
        map.keySet().forEach(k -> keys.add(String.valueOf(k)));
        keys.sort(null); // String.compareTo compares UTF-16 code units, as RFC 8785 §3.2.3 asks
        out.append('{');
        boolean first = true;
        for (String key : keys) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(key, out);
            out.append(':');
            write(map.get(key), out);
        }
        out.append('}');
    }

    private static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(plain(element)));
            return list;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asString();
    }

    static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** ECMAScript Number.prototype.toString for a finite double (ECMA-262 §7.1.12.1), as RFC 8785 §3.2.2.3 asks. */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("JSON has no " + d);
        }
        if (d == 0) {
            return "0";
        }
        if (d < 0) {
            return "-" + number(-d);
        }
        // Double.toString gives the shortest digits that round-trip (JDK 19+); take them apart.
        BigDecimal shortest = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        if (shortest.precision() == 2) { // Java prints two digits where one may do (4.9E-324 for 5e-324)
            BigDecimal one = shortest.round(new java.math.MathContext(1, java.math.RoundingMode.HALF_EVEN));
            if (one.doubleValue() == d) {
                shortest = one.stripTrailingZeros();
            }
        }
        String digits = shortest.unscaledValue().abs().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // the decimal point sits after n digits
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String sign = exponent < 0 ? "-" : "+";
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + sign + Math.abs(exponent);
    }

}
