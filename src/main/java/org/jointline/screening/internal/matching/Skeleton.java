package org.jointline.screening.internal.matching;

/**
 * A rough phonetic key that makes the usual transliteration and spelling variants equal: kh/h, ks/x, y/i/j,
 * ph/f, w/v, c/k, doubled letters, soft endings (Dmitriy, Dmitrii, Dmytryi, Dmitrij all become "dmitri").
 */
final class Skeleton {

    private static final String[][] RULES = {
            {"shch", "sh"}, {"sch", "sh"}, {"tch", "ch"}, {"dzh", "j"}, {"zh", "j"}, {"kh", "h"}, {"gh", "g"},
            {"cz", "%"}, {"ch", "%"}, {"ph", "f"}, {"th", "t"}, {"ck", "k"}, {"ks", "x"}, {"sz", "sh"}, {"ou", "u"},
            {"oo", "u"}, {"ee", "i"}, {"ie", "i"}, {"iy", "i"}, {"ii", "i"}, {"yi", "i"}, {"ij", "i"}, {"ei", "i"},
            {"ey", "i"}, {"ai", "a"}, {"ay", "a"}, {"y", "i"}, {"j", "i"}, {"w", "v"}, {"q", "k"}, {"c", "k"},
            {"z", "s"}, {"ts", "s"}, {"dt", "t"}
    };

    private Skeleton() {
    }

    static String of(String text) {
        String s = text;
        for (String[] rule : RULES) {
            if (s.contains(rule[0])) {
                s = s.replace(rule[0], rule[1]);
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != previous) {
                out.append(c);
            }
            previous = c;
        }
        return out.toString();
    }
}
