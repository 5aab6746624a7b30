package org.jointline.screening.internal.matching;

/** One word of a name: its folded text, a phonetic skeleton for spelling variants, and how much it tells. */
record Token(String text, String skeleton, double weight, int position, boolean place, long letters, long skeletonLetters) {

    static final double PARTICLE = 0.2;
    static final double GENERIC = 0.2;
    static final double NUMBER = 0.3;

    static Token of(String text, double weight, int position) {
        String skeleton = Skeleton.of(text);
        return new Token(text, skeleton, weight, position, Places.isCountry(text), letters(text), letters(skeleton));
    }

    /** Which characters occur: a word needs at least one edit per character the other lacks. */
    static long letters(String s) {
        long mask = 0;
        for (int i = 0; i < s.length(); i++) {
            mask |= 1L << (s.charAt(i) & 63);
        }
        return mask;
    }

    boolean initial() {
        return text.length() == 1;
    }
}
