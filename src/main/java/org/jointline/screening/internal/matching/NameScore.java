package org.jointline.screening.internal.matching;

/** A similarity from 0 to 1 and what produced it. */
public record NameScore(double score, String explanation) {

    public boolean match() {
        return score >= NameMatcher.THRESHOLD;
    }
}
