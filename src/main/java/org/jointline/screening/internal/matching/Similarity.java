package org.jointline.screening.internal.matching;

/** Edit-distance similarities of words. */
final class Similarity {

    private Similarity() {
    }

    /** 1 minus the optimal-string-alignment distance over the longer length. */
    static double ratio(String a, String b) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1;
        }
        return 1.0 - (double) distance(a, b) / max;
    }

    /** Levenshtein distance counting a transposition of neighbours as one edit. */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return previous[m];
    }

    /** How alike two words are: equal, equal when sounded out, an initial, or by spelling. */
    static double words(Token a, Token b, PartyType type) {
        if (a.text().equals(b.text())) {
            return 1;
        }
        if (a.initial() || b.initial()) {
            boolean same = a.text().charAt(0) == b.text().charAt(0);
            return type == PartyType.PERSON && same ? 0.85 : 0;
        }
        if (a.skeleton().equals(b.skeleton())) {
            return 0.95;
        }
        return Math.max(ratio(a.text(), b.text()), 0.97 * ratio(a.skeleton(), b.skeleton()));
    }
}
