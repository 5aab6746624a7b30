package org.jointline.production.internal;

import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serials of produced units. A pattern is text with placeholders: {@code {seq}} or {@code {seq:N}} (the counter,
 * zero-padded to N digits), {@code {yyyy}}, {@code {yy}}. GS1: the serial is the counter, and the unit is named by
 * its GS1 Digital Link {@code https://id.gs1.org/01/<GTIN-14>/21/<serial>}.
 */
public final class Serials {

    private static final Pattern SEQ = Pattern.compile("\\{seq(?::(\\d{1,2}))?}");

    private Serials() {
    }

    public static boolean valid(String pattern) {
        Matcher m = SEQ.matcher(pattern);
        return m.find() && !m.find() && pattern.replaceAll("\\{(seq(:\\d{1,2})?|yyyy|yy)}", "")
                .matches("[A-Za-z0-9._/-]*");
    }

    public static String defaultPattern(String itemNumber) {
        return itemNumber + "-{yy}{seq:5}";
    }

    public static String expand(String pattern, long sequence) {
        String year = Integer.toString(Year.now().getValue());
        String text = pattern.replace("{yyyy}", year).replace("{yy}", year.substring(2));
        Matcher m = SEQ.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int digits = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            m.appendReplacement(out, String.format("%0" + digits + "d", sequence));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static String digitalLink(String gtin, String serial) {
        String gtin14 = "0".repeat(14 - gtin.length()) + gtin;
        return "https://id.gs1.org/01/" + gtin14 + "/21/" + serial;
    }
}
