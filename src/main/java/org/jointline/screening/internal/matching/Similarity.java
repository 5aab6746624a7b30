package org.jointline.screening.internal.matching;

/** Edit-distance similarities of words. */
final class Similarity {

    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[][] {new int[64], new int[64], new int[64]});

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

    /** The ratio when it is at least {@code floor}; 0 otherwise (computed faster: the distance stops at the limit). */
    static double ratioAtLeast(String a, String b, double floor) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1;
        }
        int limit = (int) Math.floor((1.0 - floor) * max + 1e-9);
        int distance = distance(a, b, limit);
        return distance > limit ? 0 : 1.0 - (double) distance / max;
    }

    /** Levenshtein distance counting a transposition of neighbours as one edit. */
    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }

    /** The distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int n = a.length();
        int m = b.length();
        int[][] rows = ROWS.get();
        if (rows[0].length <= m) {
            rows = new int[][] {new int[m + 16], new int[m + 16], new int[m + 16]};
            ROWS.set(rows);
        }
        int[] before = rows[0];
        int[] previous = rows[1];
        int[] current = rows[2];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        int previousMinimum = 0;
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
            int rowMinimum = Integer.MAX_VALUE;
            for (int j = 0; j <= m; j++) {
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            // with transpositions a cell may come from two rows back: stop only when two rows are over the limit
            if (rowMinimum > limit && previousMinimum > limit) {
                return limit + 1;
            }
            previousMinimum = rowMinimum;
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return previous[m];
    }

    private static double lettersBound(long a, long b, int longer) {
        int missing = Math.max(Long.bitCount(a & ~b), Long.bitCount(b & ~a));
        return 1.0 - (double) missing / longer;
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
        // no edit distance can beat the difference in length: skip the work when the words cannot pair
        int longer = Math.max(a.text().length(), b.text().length());
        double bound = 1.0 - (double) Math.abs(a.text().length() - b.text().length()) / longer;
        int longerSkeleton = Math.max(a.skeleton().length(), b.skeleton().length());
        double boundSkeleton = 1.0 - (double) Math.abs(a.skeleton().length() - b.skeleton().length()) / longerSkeleton;
        if (bound < NameMatcher.PAIRING && boundSkeleton < NameMatcher.PAIRING) {
            return Math.max(bound, boundSkeleton) / 2;
        }
        double floor = NameMatcher.PAIRING;
        double text = lettersBound(a.letters(), b.letters(), longer) < floor ? 0 : ratioAtLeast(a.text(), b.text(), floor);
        double skeleton = lettersBound(a.skeletonLetters(), b.skeletonLetters(), longerSkeleton) < floor ? 0
                : ratioAtLeast(a.skeleton(), b.skeleton(), floor);
        return Math.max(text, 0.97 * skeleton);
    }
}
