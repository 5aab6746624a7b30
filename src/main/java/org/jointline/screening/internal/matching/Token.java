package org.jointline.screening.internal.matching;

/** One word of a name: its folded text, a phonetic skeleton for spelling variants, and how much it tells. */
record Token(String text, String skeleton, double weight, int position) {

    static final double PARTICLE = 0.2;
    static final double GENERIC = 0.2;
    static final double NUMBER = 0.3;

    static Token of(String text, double weight, int position) {
        return new Token(text, Skeleton.of(text), weight, position);
    }

    boolean initial() {
        return text.length() == 1;
    }
}
