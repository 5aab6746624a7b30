package org.jointline.compliance;

import java.util.Locale;
import java.util.regex.Pattern;

/** Control-list codes: compared without case and blanks; a code lies within another when it extends it. */
public final class Codes {

    private static final Pattern CATEGORY_OR_GROUP = Pattern.compile("[0-9][A-E]?");

    private Codes() {
    }

    /** 9a012.A becomes 9A012.a, cat viii becomes Cat VIII: the head in upper case, sub-entries in lower case. */
    public static String normal(String code) {
        if (code == null) {
            return null;
        }
        String s = code.replaceAll("\\s+", " ").strip();
        int dot = s.indexOf('.');
        String head = (dot < 0 ? s : s.substring(0, dot)).toUpperCase(Locale.ROOT);
        String tail = dot < 0 ? "" : s.substring(dot).toLowerCase(Locale.ROOT);
        return (head.startsWith("CAT ") ? "Cat " + head.substring(4) : head) + tail;
    }

    /** 9A012.a lies within 9A012 and within 9A and 9; 9A0120 does not lie within 9A012, nor ML10 within ML1. */
    public static boolean within(String code, String broader) {
        String c = normal(code);
        String b = normal(broader);
        if (c.equals(b)) {
            return true;
        }
        if (!c.startsWith(b)) {
            return false;
        }
        return CATEGORY_OR_GROUP.matcher(b).matches() || !Character.isLetterOrDigit(c.charAt(b.length()));
    }
}
