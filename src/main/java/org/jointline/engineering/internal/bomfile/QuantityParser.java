package org.jointline.engineering.internal.bomfile;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantity cell text to a number. Accepted: "8", "8.0", "1,5" (a lone comma is a decimal comma), "1,000" and
 * "1,000.5" (comma groups of three with an optional point decimal), "1.000,5" (point groups with a comma decimal),
 * "1 000" (space groups), a unit before or after ("10 pcs", "10pcs.", "2 ea", "x2", "2x", "4 个"). "1.000" is 1,
 * not a thousand. Anything else (words, "1-2", "approx 3") is not a number. The result has no trailing zeros.
 */
final class QuantityParser {

    private static final Pattern WITH_UNIT = Pattern.compile(
            "(?iu)^(?:x\\s*)?(.+?)\\s*(?:pcs|pc|pce|pieces|piece|ea|each|units|unit|stk|x|个|只|片|颗|件|套)?\\.?$");
    private static final Pattern SPACE_GROUPS = Pattern.compile("(?<=\\d)[ \u00A0\u202F'](?=\\d{3}(?:\\D|$))");
    private static final Pattern COMMA_GROUPS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern POINT_GROUPS = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+,\\d+");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private QuantityParser() {
    }

    static Optional<BigDecimal> parse(String text) {
        if (text.length() > 64) {
            return Optional.empty();
        }
        Matcher unit = WITH_UNIT.matcher(text.strip().replace('\u2212', '-'));
        if (!unit.matches()) {
            return Optional.empty();
        }
        String number = SPACE_GROUPS.matcher(unit.group(1).strip()).replaceAll("");
        String plain = toPlain(number);
        return plain == null ? Optional.empty() : Optional.of(normalised(new BigDecimal(plain)));
    }

    private static String toPlain(String number) {
        if (COMMA_GROUPS.matcher(number).matches()) {
            return number.replace(",", "");
        }
        if (POINT_GROUPS.matcher(number).matches()) {
            return number.replace(".", "").replace(',', '.');
        }
        if (DECIMAL_COMMA.matcher(number).matches()) {
            return number.replace(',', '.');
        }
        return PLAIN.matcher(number).matches() ? number : null;
    }

    static BigDecimal normalised(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
