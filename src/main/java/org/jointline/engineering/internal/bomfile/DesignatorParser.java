package org.jointline.engineering.internal.bomfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a designator cell: separators are comma, semicolon, Chinese comma/enumeration comma and line breaks;
 * spaces split too when every space-separated piece is a designator like "C1" or "1C10" ("C1 C2 C3"), but not in
 * "Nut 1". A simple range with the same prefix on both sides ("R5-R7", "1C1-1C3", at most 1000 long) is expanded.
 * A designator is ASCII (letters, digits, "_$#.+/-" and inner spaces) with at least one letter; placeholders
 * ("NA", "N/A", "-", "none") and non-ASCII notes such as "非贴片物料" (not an SMT part) are not designators.
 */
final class DesignatorParser {

    private static final Pattern SEPARATORS = Pattern.compile("[,;，；、\\r\\n]+");
    private static final Pattern SIMPLE = Pattern.compile("[0-9]*[A-Za-z_$]+[0-9]+[A-Za-z]?");
    private static final Pattern RANGE = Pattern.compile("([0-9]*[A-Za-z_$]+)([0-9]+)\\s*[-–]\\s*([0-9]*[A-Za-z_$]+)([0-9]+)");
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9_$#.+/\\-]+(?: [A-Za-z0-9_$#.+/\\-]+)*");
    private static final Pattern HAS_LETTER = Pattern.compile(".*[A-Za-z].*");
    private static final Set<String> PLACEHOLDERS = Set.of("na", "n/a", "none", "tbd", "-", "--");
    private static final int MAX_RANGE = 1000;
    private static final int MAX_TOKEN = 200;

    private DesignatorParser() {
    }

    static List<String> parse(String text) {
        List<String> designators = new ArrayList<>();
        if (text == null) {
            return designators;
        }
        for (String piece : SEPARATORS.split(text)) {
            String token = piece.strip().replaceAll("\\s+", " ");
            if (token.length() > MAX_TOKEN) {
                continue;
            }
            if (!expandRange(token, designators) && !splitOnSpaces(token, designators) && isDesignator(token)) {
                designators.add(token);
            }
        }
        return designators;
    }

    private static boolean splitOnSpaces(String token, List<String> designators) {
        String[] parts = token.split(" ");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!SIMPLE.matcher(part).matches() && !RANGE.matcher(part).matches()) {
                return false;
            }
        }
        for (String part : parts) {
            if (!expandRange(part, designators)) {
                designators.add(part);
            }
        }
        return true;
    }

    private static boolean expandRange(String token, List<String> designators) {
        Matcher range = RANGE.matcher(token);
        if (!range.matches() || !range.group(1).equals(range.group(3))) {
            return false;
        }
        String start = range.group(2);
        long first = Long.parseLong(start);
        long last = Long.parseLong(range.group(4));
        if (last < first || last - first >= MAX_RANGE || start.length() > 9 || range.group(4).length() > 9) {
            return false;
        }
        String format = start.startsWith("0") ? "%0" + start.length() + "d" : "%d";
        for (long n = first; n <= last; n++) {
            designators.add(range.group(1) + String.format(format, n));
        }
        return true;
    }

    private static boolean isDesignator(String token) {
        return !token.isEmpty() && token.length() <= 40 && ACCEPTABLE.matcher(token).matches()
                && HAS_LETTER.matcher(token).matches() && !PLACEHOLDERS.contains(token.toLowerCase());
    }

    /** True when the text has something that could have been a designator (ASCII letters or digits). */
    static boolean looksMeantAsDesignators(String text) {
        return text != null && text.chars().anyMatch(c -> c < 128 && Character.isLetterOrDigit(c));
    }
}
